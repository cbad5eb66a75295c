import { EDITS, runEdit } from '../../app/edits.ts';
import { TextSetting } from '../../components/TextSetting.tsx';
import {
  CHANGE_AUDIENCE_LABELS,
  CHANGE_AUDIENCES,
  LITERACY_AUDIENCE_INFO,
  LITERACY_AUDIENCES,
  MAX_PLAN_TEXT,
} from '../../../shared/records/people.ts';
import type { Workshop } from '../../../shared/records/workshop.ts';

/**
 * AI-literacy needs per audience (the seed's "People") and the change plan (the seed's "Change
 * Management"): short texts, each written when the user leaves it.
 */
export function PeopleSection({ workshop }: { workshop: Workshop }) {
  const save = (what: string, plans: Parameters<typeof EDITS.editPeoplePlans.change>[0]['plans']) =>
    void runEdit(EDITS.editPeoplePlans, { workshop, plans, what }, workshop.id);
  return (
    <>
      <section aria-labelledby="literacy-heading" className="scale-section literacy">
        <h2 id="literacy-heading">AI literacy</h2>
        <p className="section-help">
          What each audience needs to learn: business users to use AI well, technical staff the
          deeper skills, leaders enough to decide on AI investments.
        </p>
        <div className="people-grid">
          {LITERACY_AUDIENCES.map((a) => (
            <TextSetting
              key={a}
              label={LITERACY_AUDIENCE_INFO[a].label}
              hint={LITERACY_AUDIENCE_INFO[a].hint}
              value={workshop.literacy[a]}
              maxLength={MAX_PLAN_TEXT}
              isMultiline
              onCommit={(text) =>
                save(`the AI literacy of ${LITERACY_AUDIENCE_INFO[a].label.toLowerCase()}`, {
                  literacy: { ...workshop.literacy, [a]: text },
                })
              }
            />
          ))}
        </div>
      </section>
      <section aria-labelledby="change-heading" className="scale-section change-plan">
        <h2 id="change-heading">Change plan</h2>
        <p className="section-help">
          Per audience, the key message and the concerns the room raised (for example, fear of job
          displacement).
        </p>
        <div className="people-grid change">
          {CHANGE_AUDIENCES.map((a) => (
            <fieldset key={a}>
              <legend>{CHANGE_AUDIENCE_LABELS[a]}</legend>
              {(['message', 'concerns'] as const).map((part) => (
                <TextSetting
                  key={part}
                  label={`${part === 'message' ? 'Key message' : 'Concerns'} (${CHANGE_AUDIENCE_LABELS[a]})`}
                  value={workshop.changePlan[a][part]}
                  maxLength={MAX_PLAN_TEXT}
                  isMultiline
                  onCommit={(text) =>
                    save(
                      `the ${part === 'message' ? 'key message' : 'concerns'} of ${CHANGE_AUDIENCE_LABELS[a].toLowerCase()}`,
                      {
                        changePlan: {
                          ...workshop.changePlan,
                          [a]: { ...workshop.changePlan[a], [part]: text },
                        },
                      },
                    )
                  }
                />
              ))}
            </fieldset>
          ))}
        </div>
      </section>
    </>
  );
}
