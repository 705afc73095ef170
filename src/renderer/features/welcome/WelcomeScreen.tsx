import { useEffect, useState } from 'react';
import { api } from '../../app/api';
import type { ResponseOf } from '../../../shared/contract';

type Status = ResponseOf<'vault.status'>['state'];

export function WelcomeScreen() {
  const [status, setStatus] = useState<Status | 'loading' | 'error'>('loading');
  const [error, setError] = useState('');

  useEffect(() => {
    let live = true;
    void api['vault.status']({}).then((result) => {
      if (!live) return;
      if (result.ok) setStatus(result.value.state);
      else {
        setStatus('error');
        setError(result.error.message);
      }
    });
    return () => {
      live = false;
    };
  }, []);

  return (
    <section aria-labelledby="page-title" className="page welcome">
      <h1 id="page-title">Welcome to Cairn</h1>
      <p className="lead">
        A private journal for your medication and therapy: daily check-ins, doses and side effects,
        therapy homework, PHQ-9 and GAD-7, and a one-page summary for your next visit.
      </p>
      <ul className="promises">
        <li>Everything stays on this computer. Cairn never connects to the internet.</li>
        <li>Your journal is encrypted with a passphrase only you know.</li>
      </ul>
      <div role="status" aria-live="polite" className="vault-status">
        {status === 'loading' && <p className="muted">Checking for a vault…</p>}
        {status === 'none' && <p>There is no vault on this computer yet.</p>}
        {status === 'locked' && <p>Your vault is locked.</p>}
        {status === 'unlocked' && <p>Your vault is open.</p>}
        {status === 'error' && <p className="error">Cairn could not check for a vault: {error}</p>}
      </div>
      {status === 'none' && (
        <button type="button" className="primary" disabled aria-describedby="create-note">
          Create your vault
        </button>
      )}
      {status === 'none' && (
        <p id="create-note" className="muted">
          Creating a vault is coming soon.
        </p>
      )}
    </section>
  );
}
