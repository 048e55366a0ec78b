/** Which products of a catalogue match the Product step's filter. */
import type { Product } from '../../model/schemas.js';

/** Each product's name and description in lower case, made once per catalogue (the array is never mutated). */
const searchTextsByCatalogue = new WeakMap<readonly Product[], string[]>();

function searchTexts(products: readonly Product[]): string[] {
  let texts = searchTextsByCatalogue.get(products);
  if (!texts) {
    texts = products.map((product) => `${product.name}\n${product.description ?? ''}`.toLocaleLowerCase());
    searchTextsByCatalogue.set(products, texts);
  }
  return texts;
}

/**
 * The positions (in the catalogue) of the products whose name or description contains every word
 * of `query`, ignoring case, in catalogue order. An empty query matches every product.
 */
export function matchingPositions(products: readonly Product[], query: string): number[] {
  const words = query
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter((word) => word.length > 0);
  const texts = searchTexts(products);
  const positions: number[] = [];
  for (let position = 0; position < texts.length; position += 1) {
    const text = texts[position];
    if (words.every((word) => text.includes(word))) positions.push(position);
  }
  return positions;
}
