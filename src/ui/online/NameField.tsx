// "Your name": the name the other players see at the table, kept for the next visit.
import { forwardRef, useId } from 'react';
import { MAX_NAME_LENGTH } from './match-setup';

interface Props {
  value: string;
  onChange: (name: string) => void;
  problem: string | null;
}

export const NameField = forwardRef<HTMLInputElement, Props>(function NameField({ value, onChange, problem }, ref) {
  const id = useId();
  return (
    <div className="form-row online-name">
      <label htmlFor={id}>Your name</label>
      <input
        id={id}
        ref={ref}
        type="text"
        value={value}
        maxLength={MAX_NAME_LENGTH + 8}
        autoComplete="nickname"
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={!!problem}
        aria-describedby={`${id}-help`}
      />
      <p className="help" id={`${id}-help`}>
        {problem ? <span className="form-error" role="alert">{problem}</span> : `Shown to the other players; up to ${MAX_NAME_LENGTH} characters.`}
      </p>
    </div>
  );
});
