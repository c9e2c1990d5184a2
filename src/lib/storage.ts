// localStorage can throw (disabled cookies, Safari private mode, sandboxed iframes) or hold anything:
// every read is validated by its caller, and where storage fails, choices last until the page is closed.
const memory = new Map<string, string>();

export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key) ?? memory.get(key) ?? null;
  } catch {
    return memory.get(key) ?? null;
  }
}

export function writeStored(key: string, value: string): void {
  memory.set(key, value);
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Not remembering across visits is the only consequence.
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
