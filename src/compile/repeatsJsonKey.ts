/**
 * Whether a valid JSON text repeats a key in one of its objects, given JSON.parse's value of it: JSON.parse
 * keeps the last and says nothing, where geo/ wants the editor told. A text repeats a key exactly when it
 * writes more members than the value's objects hold keys.
 */
export function repeatsJsonKey(json: string, value: unknown): boolean {
  return memberCount(json) !== keyCount(value);
}

/** The members written in a valid JSON text: its colons outside strings. */
function memberCount(json: string): number {
  let count = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x3a) count++;
  }
  return count;
}

/** The keys of every object in a parsed value; without recursion, as hostile JSON can nest very deep. */
function keyCount(value: unknown): number {
  let count = 0;
  const stack = [value];
  while (stack.length) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null) continue;
    const children = Array.isArray(item) ? item : Object.values(item);
    if (!Array.isArray(item)) count += children.length;
    for (const child of children) stack.push(child);
  }
  return count;
}
