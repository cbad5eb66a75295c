import { useState } from 'react';
import type { FormEvent } from 'react';
import { EDITS, runEdit } from '../../app/edits.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';

/** The people in the room: added quickly (name, then role and department if wanted). */
export function ParticipantsSection({ doc }: { doc: WorkshopDocument }) {
  const scope = doc.workshop.id;
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [department, setDepartment] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') return setError('Type the participant’s name.');
    if (trimmed.length > 80) return setError('Keep the name to 80 characters or fewer.');
    if (role.length > 80 || department.length > 120) {
      return setError('Keep the role to 80 and the department to 120 characters.');
    }
    setError(null);
    const fields = { name: trimmed, role, department };
    if (await runEdit(EDITS.addParticipant, { workshopId: scope, fields }, scope)) {
      setName('');
      setRole('');
      setDepartment('');
      document.getElementById('participant-name')?.focus();
    }
  }

  return (
    <section aria-labelledby="participants-heading" className="room-section">
      <h2 id="participants-heading">Participants ({doc.participants.length})</h2>
      <form className="participant-add" onSubmit={(e) => void add(e)} noValidate>
        <label>
          Name
          <input id="participant-name" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          Role
          <input value={role} onChange={(e) => setRole(e.target.value)} />
        </label>
        <label>
          Department
          <input value={department} onChange={(e) => setDepartment(e.target.value)} />
        </label>
        <button type="submit">Add participant</button>
        {error !== null && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
      {doc.participants.length > 0 && (
        <ul className="participants" aria-label="Participants">
          {doc.participants.map((p) => (
            <li key={p.id}>
              <span className="participant-name">{p.name}</span>
              {(p.role !== '' || p.department !== '') && (
                <span className="hint"> {[p.role, p.department].filter(Boolean).join(', ')}</span>
              )}
              <button
                type="button"
                className="link"
                aria-label={`Remove ${p.name}`}
                onClick={() => void runEdit(EDITS.deleteParticipant, { participant: p }, scope)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
