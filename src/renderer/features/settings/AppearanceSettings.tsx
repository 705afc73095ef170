import { useState } from 'react';
import type { ThemeChoice } from '../../../shared/domain/settings';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { FormMessage } from '../../ui/FormMessage';
import { useSettings } from './useSettings';

const THEMES: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'Same as this computer' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Settings → Appearance: light, dark, or whatever the computer uses. Applied by the app shell (useAppliedTheme). */
export function AppearanceSettings() {
  const [settings, update] = useSettings();
  const [error, setError] = useState('');
  return (
    <section aria-labelledby="appearance-title">
      <h2 id="appearance-title">Appearance</h2>
      <ChoiceGroup
        label="Colours"
        description="“Same as this computer” follows your system’s light or dark setting as it changes."
        options={THEMES}
        value={settings.theme ?? 'system'}
        onChange={(theme) => void update({ theme }).catch((x: Error) => setError(x.message))}
      />
      <FormMessage>{error}</FormMessage>
    </section>
  );
}
