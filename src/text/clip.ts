/** A text on one line, white space folded, cut to `width` characters with an ellipsis. */
export const clip = (text: string, width: number): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
};
