// The match's invite link, shown in full (to copy by hand too) with a copy button.
import { useId, useState } from 'react';
import { copyText, inviteLink } from './links';

export function InviteLink({ matchID, compact = false }: { matchID: string; compact?: boolean }) {
  const id = useId();
  const link = inviteLink(matchID);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = async () => setCopied((await copyText(link)) ? 'yes' : 'no');
  const status = copied === 'yes' ? 'Link copied.' : copied === 'no' ? 'Copying was refused: select the link and copy it.' : '';
  if (compact) {
    return (
      <>
        <button type="button" className="btn" onClick={() => void copy()} title={link}>{copied === 'yes' ? '✓ Link copied' : 'Copy invite link'}</button>
        <span className="sr-only" role="status">{status}</span>
      </>
    );
  }
  return (
    <div className="form-row online-invite">
      <label htmlFor={id}>Invite link</label>
      <div className="online-invite-row">
        <input id={id} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="btn" onClick={() => void copy()}>Copy</button>
      </div>
      <p className="help" role="status">{status || 'Anyone with the link can join a free seat or watch.'}</p>
    </div>
  );
}
