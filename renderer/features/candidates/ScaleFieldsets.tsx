import type { CandidateFields } from '../../../shared/domain/factories.ts';
import type { Capability } from '../../../shared/records/capability.ts';
import {
  GOVERNANCE_AREA_LABELS,
  GOVERNANCE_AREAS,
  GOVERNANCE_ITEM_INFO,
  GOVERNANCE_STATE_LABELS,
  GOVERNANCE_STATES,
} from '../../../shared/records/governance.ts';
import type { Governance, GovernanceItem } from '../../../shared/records/governance.ts';
import { PILOT_CRITERIA, PILOT_CRITERION_INFO } from '../../../shared/records/pilot.ts';
import type { PilotChecklist } from '../../../shared/records/pilot.ts';
import { AREA_ITEMS, areaReadiness, formatReadiness } from '../../../shared/scale/readiness.ts';

/**
 * The candidate form's pilot-to-scale sections: the governance checklist (the same items as the
 * Governance screen), the pilot-scaling checklist (for a pilot that succeeded or is scaling) and
 * the capabilities it needs.
 */
export function GovernanceFieldset({
  governance,
  onChange,
}: {
  governance: Governance;
  onChange: (governance: Governance) => void;
}) {
  const set = (item: GovernanceItem, part: Partial<Governance[GovernanceItem]>) =>
    onChange({ ...governance, [item]: { ...governance[item], ...part } });
  return (
    <section className="form-section governance-form" aria-labelledby="governance-form-heading">
      <h3 id="governance-form-heading">Governance checklist</h3>
      <p className="hint">
        N/A (not applicable) counts as neither done nor missing. The Governance screen shows every
        candidate&apos;s checklist as a heatmap.
      </p>
      {GOVERNANCE_AREAS.map((area) => (
        <fieldset key={area} className="governance-area">
          <legend>
            {GOVERNANCE_AREA_LABELS[area]}: {formatReadiness(areaReadiness(governance, area))} ready
          </legend>
          {AREA_ITEMS[area].map((item) => {
            const label = GOVERNANCE_ITEM_INFO[item].label;
            return (
              <div key={item} className="governance-item">
                <label>
                  <span>{label}</span>
                  <select
                    value={governance[item].state}
                    onChange={(e) =>
                      set(item, {
                        state: GOVERNANCE_STATES.find((s) => s === e.target.value) ?? 'not-started',
                      })
                    }
                  >
                    {GOVERNANCE_STATES.map((s) => (
                      <option key={s} value={s}>
                        {GOVERNANCE_STATE_LABELS[s]}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  <span className="visually-hidden">Owner of {label}</span>
                  <input
                    placeholder="Owner"
                    value={governance[item].owner}
                    maxLength={120}
                    onChange={(e) => set(item, { owner: e.target.value })}
                  />
                </label>
                <label>
                  <span className="visually-hidden">Note on {label}</span>
                  <input
                    placeholder="Note"
                    value={governance[item].note}
                    maxLength={1_000}
                    onChange={(e) => set(item, { note: e.target.value })}
                  />
                </label>
              </div>
            );
          })}
        </fieldset>
      ))}
    </section>
  );
}

export function PilotFieldset({
  pilot,
  onChange,
  sectionRef,
}: {
  pilot: PilotChecklist;
  onChange: (pilot: PilotChecklist) => void;
  sectionRef?: React.Ref<HTMLElement>;
}) {
  return (
    <section
      ref={sectionRef}
      className="form-section pilot-form"
      aria-labelledby="pilot-form-heading"
    >
      <h3 id="pilot-form-heading">Pilot-scaling checklist</h3>
      <p className="hint">
        Score the pilot 1–5 on each criterion, with the evidence. The Scale screen recommends the
        strongest pilot as the scaling blueprint.
      </p>
      {PILOT_CRITERIA.map((k) => {
        const { label } = PILOT_CRITERION_INFO[k];
        return (
          <div key={k} className="pilot-item">
            <label>
              <span>{label}</span>
              <select
                value={pilot[k].score ?? ''}
                onChange={(e) =>
                  onChange({
                    ...pilot,
                    [k]: {
                      ...pilot[k],
                      score: e.target.value === '' ? null : Number(e.target.value),
                    },
                  })
                }
              >
                <option value="">Not scored</option>
                {[1, 2, 3, 4, 5].map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span className="visually-hidden">Evidence for {label}</span>
              <input
                placeholder="Evidence"
                value={pilot[k].evidence}
                maxLength={1_000}
                onChange={(e) =>
                  onChange({ ...pilot, [k]: { ...pilot[k], evidence: e.target.value } })
                }
              />
            </label>
          </div>
        );
      })}
    </section>
  );
}

export function CapabilitiesFieldset({
  capabilities,
  selected,
  onChange,
}: {
  capabilities: readonly Capability[];
  selected: CandidateFields['capabilities'];
  onChange: (ids: string[]) => void;
}) {
  const toggle = (id: string, isOn: boolean) =>
    onChange(isOn ? [...selected, id] : selected.filter((s) => s !== id));
  return (
    <fieldset className="capabilities-form">
      <legend>Capabilities needed</legend>
      {capabilities.length === 0 ? (
        <p className="hint">No capabilities are listed yet. Add them on the Scale screen.</p>
      ) : (
        <ul className="checkbox-list">
          {capabilities.map((k) => (
            <li key={k.id}>
              <label>
                <input
                  type="checkbox"
                  checked={selected.includes(k.id)}
                  onChange={(e) => toggle(k.id, e.target.checked)}
                />
                {k.name}
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
