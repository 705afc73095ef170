/** Passphrases below this zxcvbn score (0–4) are refused as very weak. */
export const MIN_SCORE = 2;
/** Main refuses shorter ones too; the check here gives the reason before a round trip. */
export const MIN_LENGTH = 10;

export interface Strength {
  score: 0 | 1 | 2 | 3 | 4;
  label: string;
  /** Why it is refused, or a hint to make it stronger; empty when strong. */
  advice: string;
  acceptable: boolean;
}

const LABELS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'];

type Checker = (passphrase: string) => { score: number; feedback: { warning: string | null; suggestions: string[] } };
let checker: Promise<Checker> | null = null;

/** The dictionaries are large, so they load on first use, not with the app. */
function loadChecker(): Promise<Checker> {
  checker ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(([core, common, en]) => {
    const factory = new core.ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
    });
    return (passphrase: string) => factory.check(passphrase);
  });
  return checker;
}

export async function measureStrength(passphrase: string): Promise<Strength> {
  const result = (await loadChecker())(passphrase.slice(0, 256));
  const score = Math.max(0, Math.min(4, result.score)) as Strength['score'];
  const tooShort = passphrase.length < MIN_LENGTH;
  const acceptable = !tooShort && score >= MIN_SCORE;
  const hint = result.feedback.warning || result.feedback.suggestions[0] || '';
  let advice = '';
  if (tooShort) advice = `Use at least ${MIN_LENGTH} characters; a few unrelated words work well.`;
  else if (!acceptable) advice = hint || 'This passphrase is too easy to guess. Add more unrelated words.';
  else if (score < 3) advice = hint;
  return { score, label: LABELS[score] ?? '', advice, acceptable };
}
