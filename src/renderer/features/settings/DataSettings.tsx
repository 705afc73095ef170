import { useEffect, useState, type ReactNode } from 'react';
import { api } from '../../app/api';

/** Settings → Data: where the vault lives, and ways to bring records in (handed in by the app). */
export function DataSettings({ children }: { children?: ReactNode }) {
  const [dataLocation, setDataLocation] = useState('');
  useEffect(() => {
    void api['app.info']({}).then((r) => r.ok && setDataLocation(r.value.dataLocation));
  }, []);
  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">Data</h2>
      <p>
        Your encrypted vault is kept in <code>{dataLocation}</code>. Nothing is sent anywhere.
      </p>
      {children}
    </section>
  );
}
