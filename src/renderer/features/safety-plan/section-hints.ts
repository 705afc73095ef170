export const SECTION_HINTS: Record<string, string> = {
  warningSigns: 'Thoughts, moods, situations or behaviour that tell you a hard time may be starting.',
  copingOnMyOwn: 'Things you can do by yourself to get through a hard moment.',
  distractions: 'People to be with and places to go that take your mind off things.',
  peopleToAsk: 'People you can ask for help, and how to reach them.',
  professionals: 'Your clinicians, crisis lines and local emergency numbers, and how to reach them.',
  saferSurroundings: 'Steps that make your surroundings safer during a hard time.',
  reasonsForLiving: 'What matters most to you.',
};
