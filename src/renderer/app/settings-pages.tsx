import { Bell, Database, Gauge, HardDriveDownload, Palette, ShieldCheck } from 'lucide-react';
import { BackupSettings } from '../features/backup/BackupSettings';
import { ImportEntry } from '../features/import/ImportEntry';
import { MeasuresSettings } from '../features/measures/MeasuresSettings';
import { ReminderToggle } from '../features/medications/ReminderToggle';
import { RemindersSettings } from '../features/reminders/RemindersSettings';
import { AppearanceSettings } from '../features/settings/AppearanceSettings';
import { CheckinTimesSetting } from '../features/settings/CheckinTimesSetting';
import { DataSettings } from '../features/settings/DataSettings';
import { SecuritySettings } from '../features/settings/SecuritySettings';
import type { SettingsPageEntry } from '../features/settings/SettingsLayout';

/**
 * The Settings pages, in order; the first is shown at /settings. The app
 * assembles them because several features contribute (a feature never imports
 * another). A new reminder kind's settings go under Reminders, after ReminderToggle.
 */
export const settingsPages: readonly SettingsPageEntry[] = [
  { slug: 'security', label: 'Security', icon: ShieldCheck, render: () => <SecuritySettings /> },
  { slug: 'backups', label: 'Backups', icon: HardDriveDownload, render: () => <BackupSettings /> },
  { slug: 'reminders', label: 'Reminders', icon: Bell, render: () => (
      <>
        <ReminderToggle />
        <RemindersSettings />
      </>
    ),
  },
  {
    slug: 'measures',
    label: 'Measures',
    icon: Gauge,
    render: () => (
      <>
        <MeasuresSettings />
        <CheckinTimesSetting />
      </>
    ),
  },
  { slug: 'appearance', label: 'Appearance', icon: Palette, render: () => <AppearanceSettings /> },
  {
    slug: 'data',
    label: 'Data',
    icon: Database,
    render: () => (
      <DataSettings>
        <ImportEntry />
      </DataSettings>
    ),
  },
];
