/** Where a round stands for the rounds list (Art. 10): open, not yet open, or closed once its
 * submission deadline has passed — a past round is not "not open". Dates are Beijing dates. */
export type RoundPhase = 'open' | 'notYetOpen' | 'closed';

export function roundPhase(round: { isOpen: boolean; opensOn: string }, today: string): RoundPhase {
  if (round.isOpen) return 'open';
  return round.opensOn > today ? 'notYetOpen' : 'closed';
}
