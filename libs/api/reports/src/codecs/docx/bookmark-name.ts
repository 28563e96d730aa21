/**
 * A model anchor as a Word bookmark name: letters, digits and underscores, starting with a letter, at most
 * 40 characters (Word drops longer or odd names). Distinct anchors stay distinct within one document.
 */
export function bookmarkNamer(): (anchor: string) => string {
  const used = new Set<string>();
  return (anchor) => {
    const base = `r_${anchor.replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, 36);
    let name = base;
    for (let n = 2; used.has(name); n += 1) name = `${base}_${n}`;
    used.add(name);
    return name;
  };
}
