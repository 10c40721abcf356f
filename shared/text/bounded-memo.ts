/**
 * A pure function of a string with its answers kept, up to `limit` of them (then forgotten all at once, so the
 * memory stays bounded whatever the text). For the readers that ask about the same few strings again and again.
 */
export function boundedMemo<T>(compute: (key: string) => T, limit = 10_000): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    // One lookup, not `has` then `get` (an answer of undefined is computed again).
    const known = answers.get(key);
    if (known !== undefined) return known;
    if (answers.size >= limit) answers.clear();
    const answer = compute(key);
    answers.set(key, answer);
    return answer;
  };
}
