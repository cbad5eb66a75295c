/**
 * The section contract. A deck is a list of sections; each decides whether it has anything to
 * show for a workshop and draws its own pages. Sections added by later issues (governance,
 * scaling blueprint, voting) implement the same interface and join DECK_SECTIONS.
 */
import type { DeckContext } from './context.ts';
import type { DeckWriter } from './writer.ts';

export interface DeckSection {
  /** Stable id, used on the command line (`--sections cover,summary`) and in the app. */
  id: string;
  /** The bookmark and the header's section title. */
  title: string;
  /** One line for the Deck screen: what the section shows. */
  description: string;
  /** False when the workshop holds nothing for it: the section is then left out. */
  hasData(ctx: DeckContext): boolean;
  /** Draws the section's pages; each starts with `out.addPage(title)`. */
  render(ctx: DeckContext, out: DeckWriter): void;
}
