/** A URL fragment's element id: `#%C3%BCber` is `über`; a malformed escape (`#%E0`) is taken as written. */
export function fragmentId(hash: string): string {
  const id = hash.replace(/^#/, "");
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}
