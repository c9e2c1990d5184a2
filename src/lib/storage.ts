// localStorage can throw (disabled cookies, Safari private mode, sandboxed iframes) or hold anything;
// every read is validated by its caller and every failure means "nothing stored".

export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Not remembering is the only consequence.
  }
}
