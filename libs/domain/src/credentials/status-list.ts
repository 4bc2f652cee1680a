/**
 * Bits in one revocation list: the 16 KB the Bitstring Status List specification asks as a
 * minimum, so that a list says little about any one credential.
 */
export const STATUS_LIST_LENGTH = 131_072;

/**
 * Where a credential's revocation bit lives, from its position: a number no other credential
 * has (positions come from one database sequence). Each organisation publishes the lists
 * its credentials fall in, so a list of one organisation holds only its own bits.
 */
export function statusListSlot(position: number): { readonly list: number; readonly index: number } {
  if (!Number.isSafeInteger(position) || position < 0) throw new RangeError(`Not a status position: ${position}`);
  return { list: Math.floor(position / STATUS_LIST_LENGTH), index: position % STATUS_LIST_LENGTH };
}
