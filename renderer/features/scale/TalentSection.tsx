import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { EDITS, runEdit } from '../../app/edits.ts';
import { NumberSetting } from '../../components/NumberSetting.tsx';
import { TextSetting } from '../../components/TextSetting.tsx';
import { Field } from '../../components/Field.tsx';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import {
  MAX_CAPABILITY_NAME,
  MAX_HEADCOUNT,
  validateCapabilityFields,
} from '../../../shared/domain/scale-edits.ts';
import { SEED_CAPABILITIES } from '../../../shared/records/capability.ts';
import { talentByPhase } from '../../../shared/scale/talent.ts';

/**
 * The talent plan (the seed's "People"): the capabilities the candidates need, with the people the
 * organisation has, plans to upskill and plans to hire; and, per phase, the gap in words. Which
 * capabilities a candidate needs is ticked in its form.
 */
export function TalentSection({ doc }: { doc: WorkshopDocument }) {
  const scope = doc.workshop.id;
  const phases = useMemo(() => talentByPhase(doc), [doc]);
  const [name, setName] = useState('');
  const [isSubmitted, setIsSubmitted] = useState(false);
  const fields = { name, have: 0, upskill: 0, hire: 0 };
  const errors = validateCapabilityFields(fields, doc.capabilities);
  const known = new Set(doc.capabilities.map((k) => k.name.trim().toLowerCase()));
  const missingSeed = SEED_CAPABILITIES.filter((n) => !known.has(n.toLowerCase()));
  const needers = new Map<string, number>();
  for (const c of doc.candidates) {
    for (const id of c.capabilities) needers.set(id, (needers.get(id) ?? 0) + 1);
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    setIsSubmitted(true);
    if (errors.name !== undefined) return;
    if (await runEdit(EDITS.addCapability, { workshopId: scope, fields }, scope)) {
      setName('');
      setIsSubmitted(false);
    }
  }

  const shown = phases.filter((p) => p.phase !== null || p.needs.length > 0);
  return (
    <section aria-labelledby="talent-heading" className="scale-section talent">
      <h2 id="talent-heading">Talent plan</h2>
      <p className="section-help">
        Upskill the current team and find the key hires. Tick what each candidate needs in its form
        (Candidates screen, “Capabilities needed”); a phase needs one person per candidate that
        needs a capability.
      </p>
      <h3>Gaps per phase</h3>
      <ul className="talent-phases" aria-label="Gaps per phase">
        {shown.map((p) => (
          <li key={p.phase?.id ?? 'backlog'}>
            <strong>{p.phase?.name ?? 'Not yet scheduled'}</strong>
            {p.needs.length === 0 ? (
              <span className="hint"> needs no capability yet.</span>
            ) : (
              <ul>
                {p.needs.map((n) => (
                  <li key={n.capability.id} className={n.gap > 0 ? 'gap' : 'covered'}>
                    <span aria-hidden="true">{n.gap > 0 ? '▲ ' : '✓ '}</span>
                    {n.sentence}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <h3>Capabilities</h3>
      {doc.capabilities.length === 0 && (
        <p className="empty">No capability is listed yet. Add one, or the seed&apos;s roles.</p>
      )}
      <div className="capabilities">
        {doc.capabilities.map((k) => (
          <fieldset key={k.id} className="capability">
            <legend className="visually-hidden">{k.name}</legend>
            <TextSetting
              label="Capability"
              value={k.name}
              maxLength={MAX_CAPABILITY_NAME}
              onCommit={(next) => {
                if (next.trim() === '') return;
                void runEdit(
                  EDITS.editCapability,
                  { capability: k, fields: { name: next }, what: 'the name' },
                  scope,
                );
              }}
            />
            {(['have', 'upskill', 'hire'] as const).map((key) => (
              <NumberSetting
                key={key}
                label={key === 'have' ? 'People now' : key === 'upskill' ? 'To upskill' : 'To hire'}
                value={k[key]}
                min={0}
                max={MAX_HEADCOUNT}
                step={1}
                onCommit={(n) =>
                  void runEdit(
                    EDITS.editCapability,
                    {
                      capability: k,
                      fields: { [key]: Math.round(n) },
                      what: key === 'have' ? 'the people now' : `the people to ${key}`,
                    },
                    scope,
                  )
                }
              />
            ))}
            <p className="capability-need">
              Needed by {needers.get(k.id) ?? 0}{' '}
              {(needers.get(k.id) ?? 0) === 1 ? 'candidate' : 'candidates'}
            </p>
            <button
              type="button"
              className="danger"
              aria-label={`Delete capability “${k.name}”`}
              onClick={() => void runEdit(EDITS.deleteCapability, { doc, capability: k }, scope)}
            >
              Delete
            </button>
          </fieldset>
        ))}
      </div>
      <form className="capability-add" onSubmit={(e) => void add(e)} noValidate>
        <Field label="New capability" error={isSubmitted ? errors.name : undefined}>
          {(props) => (
            <input {...props} type="text" value={name} onChange={(e) => setName(e.target.value)} />
          )}
        </Field>
        <button type="submit">Add capability</button>
        {missingSeed.length > 0 && (
          <button
            type="button"
            onClick={() => void runEdit(EDITS.addSeedCapabilities, { doc }, scope)}
          >
            Add the seed&apos;s roles ({missingSeed.length})
          </button>
        )}
      </form>
    </section>
  );
}
