// localStorage can throw (disabled cookies, Safari private mode, sandboxed iframes, a full quota) or hold
// anything: every read is validated by its caller, and a choice storage refused lasts until the page is closed.
const memory = new Map<string, string>();

export function readStored(key: string): string | null {
  if (memory.has(key)) return memory.get(key) ?? null;
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
    memory.delete(key);
  } catch {
    // Not remembering across visits is the only consequence.
    memory.set(key, value);
  }
}

export function removeStored(key: string): void {
  memory.delete(key);
  try {
    window.localStorage.removeItem(key);
  } catch {
    // As above.
  }
}
