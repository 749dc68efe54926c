// The match's chat, a tab of the online table: what the seats and the server said while this
// page has been open (boardgame.io keeps no chat), newest at the bottom, and for a seated person
// a line to write in. A seat's words are always plain text under its actor and its person's
// name; the server's notices are framed and marked so that no seat's message looks like one.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { RULES } from '../../game';
import { ActorChip } from '../components/bits';
import { CHAT_MAX_LENGTH, type ChatLine, type ChatState } from './online-game';
import { nearEnd } from '../components/scroll';

const clock = (at: number) => new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

function Line({ line }: { line: ChatLine }) {
  const time = <time dateTime={new Date(line.at).toISOString()}>{clock(line.at)}</time>;
  if (line.kind === 'server') {
    return (
      <li className="chat-line is-server">
        <p className="chat-meta"><strong className="chat-server"><span aria-hidden="true">⚙</span> Server notice</strong>{time}</p>
        <p className="chat-text">{line.text}</p>
      </li>
    );
  }
  const actor = RULES.actors[line.seat]?.name ?? line.seat;
  return (
    <li className={`chat-line ${line.mine ? 'is-mine' : ''}`} data-seat={line.seat}>
      <p className="chat-meta">
        <ActorChip id={line.seat} />
        <strong className="chat-name">{line.name ?? actor}</strong>
        {line.name && <span className="chat-actor">{actor}</span>}
        {line.mine && <span className="tag">you</span>}
        {time}
      </p>
      <p className="chat-text">{line.text}</p>
    </li>
  );
}

function ChatList({ lines }: { lines: ChatLine[] }) {
  const ref = useRef<HTMLOListElement>(null);
  // follows the newest line unless the reader has scrolled up to read older ones
  const follow = useRef(true);
  const last = lines[lines.length - 1]?.seq ?? 0;
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const toEnd = () => { if (follow.current) el.scrollTop = el.scrollHeight; };
    toEnd();
    // Hidden with its tab the list has no height to scroll: it goes to the newest once shown.
    const resized = new ResizeObserver(toEnd);
    resized.observe(el);
    return () => resized.disconnect();
  }, [last]);
  return (
    <ol
      className="chat-list"
      ref={ref}
      tabIndex={0}
      aria-label="Chat messages"
      onScroll={(e) => { follow.current = nearEnd(e.currentTarget); }}
    >
      {lines.length === 0 && <li className="chat-empty muted">No messages yet.</li>}
      {lines.map((line) => <Line key={line.seq} line={line} />)}
    </ol>
  );
}

function ChatForm({ chat, connected, onSay }: { chat: ChatState; connected: boolean; onSay: (text: string) => boolean }) {
  const id = useId();
  const [text, setText] = useState('');
  const sent = useRef<string | null>(null);
  // The input empties once the server has passed the message on; a refused one stays, to send again.
  useEffect(() => {
    const was = sent.current;
    sent.current = null;
    if (was !== null) setText((t) => (t.trim() === was ? '' : t));
  }, [chat.delivered]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (onSay(text)) sent.current = text.trim();
  };
  const sending = chat.pending !== null;
  return (
    <form className="chat-form" onSubmit={submit}>
      <div className="chat-form-head">
        <label htmlFor={id}>Message to the table</label>
        <span id={`${id}-count`} className={`chat-count ${text.length >= CHAT_MAX_LENGTH ? 'is-full' : ''}`}>
          {text.length}/{CHAT_MAX_LENGTH}<span className="sr-only"> characters</span>
        </span>
      </div>
      <div className="chat-form-row">
        <input
          id={id}
          type="text"
          value={text}
          maxLength={CHAT_MAX_LENGTH}
          autoComplete="off"
          onChange={(e) => setText(e.target.value)}
          aria-describedby={`${id}-count ${id}-why`}
        />
        <button type="submit" className="btn btn-primary btn-small" disabled={!connected || sending || !text.trim()}>
          {sending ? 'Sending…' : 'Send'}
        </button>
      </div>
      <p id={`${id}-why`} className="chat-refused form-error" role="alert">{chat.refused && `Not sent: ${chat.refused}.`}</p>
    </form>
  );
}

export function ChatPanel({ chat, seated, connected, onSay }: { chat: ChatState; seated: boolean; connected: boolean; onSay: (text: string) => boolean }) {
  return (
    <div className="chat-panel">
      <p className="chat-note muted">Only what is said while this page is open.</p>
      <ChatList lines={chat.lines} />
      {seated
        ? <ChatForm chat={chat} connected={connected} onSay={onSay} />
        : <p className="chat-readonly">You are watching: only the seated players can write here.</p>}
    </div>
  );
}

/** Says the newest lines from others, politely; outside the tab, which may be hidden. */
export function ChatAnnouncer({ announcement }: { announcement: ChatState['announcement'] }) {
  return (
    <div className="sr-only" role="status" aria-live="polite" aria-atomic="true">
      {/* a zero-width space on every other line, so the same words twice still announce */}
      {announcement.text}{announcement.id % 2 ? '\u200b' : ''}
    </div>
  );
}
