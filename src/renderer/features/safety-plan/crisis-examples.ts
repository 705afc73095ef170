/** Examples only (CLINICAL.md): the plan's crisis lines are always the user's own entries. */
export const CRISIS_EXAMPLES = [
  { number: '988', where: 'US and Canada' },
  { number: '116 123', where: 'Samaritans, UK and Ireland' },
  { number: '112', where: 'across the EU' },
] as const;

export const SECTION_HINTS: Record<string, string> = {
  warningSigns: 'Thoughts, moods, situations or behaviour that tell you a hard time may be starting.',
  copingOnMyOwn: 'Things you can do by yourself to get through a hard moment.',
  distractions: 'People to be with and places to go that take your mind off things.',
  peopleToAsk: 'People you can ask for help, and how to reach them.',
  professionals: 'Your clinicians, local emergency numbers and crisis lines, and how to reach them.',
  saferSurroundings: 'Steps that make your surroundings safer during a hard time.',
  reasonsForLiving: 'What matters most to you.',
};
