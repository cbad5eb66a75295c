import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, guardPage, test } from './fixtures.ts';
import {
  MatrixPage,
  PresentationPage,
  RoadmapPage,
  RoomPage,
  allSaved,
  reloadWhenSaved,
} from './pages.ts';

const PEOPLE = ['Ada', 'Bo', 'Cy'];

async function openRoom(page: Page) {
  await page.goto('./');
  await page.getByRole('button', { name: 'Open the sample workshop', exact: true }).click();
  await page.getByRole('link', { name: 'Room', exact: true }).click();
  await expect(page.getByRole('heading', { name: /^Participants/ })).toBeVisible();
}

async function addPeople(page: Page) {
  const room = page.getByRole('region', { name: /^Participants/ });
  for (const name of PEOPLE) {
    await room.getByLabel('Name').fill(name);
    await room.getByRole('button', { name: 'Add participant', exact: true }).click();
    await expect(room.getByRole('list', { name: 'Participants' })).toContainText(name);
  }
}

/** What the screen says about the round itself, which names numbers of dots but no one's votes. */
const ROUND_WORDS = [
  /\d+ of \d+ dots left/g, // the voter's own dots left
  /\d+ dots each, at most \d+ per candidate/g, // the round's settings
];

/**
 * Nothing on screen may show a vote count or anyone's dots before Reveal: no result list, and no
 * count in any form, in the text or in an accessible name or tooltip — "3 dots", "1 vote", a matrix
 * card's "●3". (A voter's own dots are drawn as ● marks, never as a number beside one.)
 */
async function expectNoTally(page: Page) {
  await expect(page.getByRole('list', { name: /^Result of/ })).toHaveCount(0);
  const texts = await page.evaluate(() => [
    document.body.innerText,
    ...[...document.querySelectorAll('[aria-label], [title]')].flatMap((el) => [
      el.getAttribute('aria-label') ?? '',
      el.getAttribute('title') ?? '',
    ]),
  ]);
  const counts = texts
    .map((t) => ROUND_WORDS.reduce((rest, words) => rest.replace(words, ''), t))
    .flatMap((t) => t.match(/\d+\s*(dots?|votes?)\b|●\s*\d|\d\s*●/gi) ?? []);
  expect(counts, 'vote counts on screen before Reveal').toEqual([]);
}

/** The workshop's id, from the screen's address. */
function workshopIdOf(page: Page): string {
  const id = /#\/workshop\/([^/]+)\//.exec(page.url())?.[1];
  if (id === undefined) throw new Error(`no workshop in ${page.url()}`);
  return decodeURIComponent(id);
}

test('a secret ballot passes the laptop between three people; nothing shows a vote before Reveal, the projector only how many have voted; then the counts are right, on the matrix cards too', async ({
  page,
  baseURL,
}) => {
  await openRoom(page);
  await addPeople(page);
  await page.getByRole('button', { name: 'Start dot voting' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a dot-voting round' });
  await dialog.getByLabel('Dots per participant (N)').fill('3');
  await dialog.getByLabel('At most per candidate (M)').fill('2');
  await dialog.getByRole('button', { name: 'Start the round' }).click();
  await expect(page.getByText('0 of 3 have voted')).toBeVisible();
  await expectNoTally(page);
  // The projector: the audience window, live with the data, in a second window.
  const projector = await page.context().newPage();
  const checkProjector = guardPage(projector, baseURL);
  const audience = new PresentationPage(projector);
  await audience.openAudience(workshopIdOf(page), 'votes');
  await expect(audience.heading('Voting results')).toBeVisible();
  await expect(audience.progress).toHaveText('0 of 3 have voted');
  await expectNoTally(projector);
  // The facilitator's window in front (a window behind gets no animation frames, so clicks wait).
  await page.bringToFront();

  const ballots: Record<string, Array<[string, number]>> = {
    Ada: [
      ['Customer query chatbot', 2],
      ['Fraud detection for card payments', 1],
    ],
    Bo: [
      ['Customer query chatbot', 1],
      ['Predictive inventory management', 2],
    ],
    Cy: [
      ['Predictive inventory management', 1],
      ['Churn prediction', 2],
    ],
  };
  await page.getByRole('button', { name: 'Pass the laptop' }).click();
  const laptop = page.getByRole('dialog', { name: /Hand the laptop|ballot/ });
  for (const [i, name] of PEOPLE.entries()) {
    // The neutral screen: how many have voted, never what.
    await expect(
      laptop.getByRole('heading', { name: 'Hand the laptop to the next person' }),
    ).toBeVisible();
    await expect(laptop.getByRole('status')).toHaveText(`${i} of 3 have voted`);
    await expectNoTally(page);
    await expect(audience.progress).toHaveText(`${i} of 3 have voted`);
    await expectNoTally(projector);
    await laptop.getByRole('button', { name: `I am ${name}` }).click();
    // The voter's screen: their own dots only, starting from none; nothing of the others'.
    await expect(laptop.getByRole('heading', { name: `${name}’s ballot` })).toBeVisible();
    const own = laptop.getByRole('list', { name: 'Your dots' });
    const counts = await own.getByLabel(/^Your dots on /).allInnerTexts();
    expect(counts.every((c) => c === '0')).toBe(true);
    await expect(
      laptop.getByText('You have 3 of 3 dots left (at most 2 on one candidate).'),
    ).toBeVisible();
    for (const [title, n] of ballots[name] ?? []) {
      for (let k = 0; k < n; k += 1) {
        await laptop.getByRole('button', { name: `Give a dot to ${title}` }).click();
      }
    }
    await expect(laptop.getByText('You have 0 of 3 dots left')).toBeVisible();
    // The voter's screen, with their dots placed: still no count of anyone's.
    await expectNoTally(page);
    // No one can give more than N: every + is off now.
    await expect(
      laptop.getByRole('button', { name: 'Give a dot to Churn prediction' }),
    ).toBeDisabled();
    await laptop.getByRole('button', { name: 'Cast my vote' }).click();
  }
  await expect(laptop.getByText('Everyone has voted.')).toBeVisible();
  await expect(laptop.getByRole('status')).toHaveText('3 of 3 have voted');
  await laptop.getByRole('button', { name: 'Back to the facilitator' }).click();
  await expect(page.getByText('3 of 3 have voted')).toBeVisible();
  await expectNoTally(page);
  await expect(audience.progress).toHaveText('3 of 3 have voted');
  await expectNoTally(projector);
  // The matrix shows no count before the reveal either.
  const matrix = new MatrixPage(page);
  await matrix.open();
  await expectNoTally(page);
  await expect(matrix.card('Customer query chatbot')).not.toContainText('●');
  await page.getByRole('link', { name: 'Room', exact: true }).click();

  await page.getByRole('button', { name: 'Reveal', exact: true }).click();
  const result = page.getByRole('list', { name: 'Result of Dot voting 1' });
  await expect(result.getByRole('listitem').nth(0)).toHaveText('1. Customer query chatbot 3 dots');
  await expect(result.getByRole('listitem').nth(1)).toHaveText(
    '1. Predictive inventory management 3 dots',
  );
  await expect(result.getByRole('listitem').nth(2)).toHaveText('3. Churn prediction 2 dots');
  await expect(result.getByRole('listitem').nth(3)).toHaveText(
    '4. Fraud detection for card payments 1 dot',
  );
  // The projector shows the result now, and no longer the progress.
  await expect(
    audience.result('Dot voting 1').getByRole('listitem').filter({ hasText: 'Churn prediction' }),
  ).toHaveText(/Churn prediction\s*2 dots/);
  await expect(audience.progress).toHaveCount(0);
  await projector.close();
  checkProjector();
  await matrix.open();
  await expect(matrix.card('Customer query chatbot')).toContainText('●3');
  await expect(matrix.card('Churn prediction')).toContainText('●2');
  // A card with no dot shows none.
  await expect(matrix.card('AI-powered lead scoring')).not.toContainText('●');
});

test('tally rounds: the wall’s counts typed in and revealed as a ranked list; two rounds compared', async ({
  page,
}) => {
  await openRoom(page);
  const room = new RoomPage(page);
  const ballot = [
    'Customer query chatbot',
    'Churn prediction',
    'Fraud detection for card payments',
  ];
  await room.startTallyRound('Morning', ballot);
  await room.typeCounts('Morning', { 'Customer query chatbot': 'two' });
  await expect(room.round('Morning').getByRole('alert')).toHaveText(
    'Enter each count as a whole number of dots.',
  );
  await room.typeCounts('Morning', { 'Customer query chatbot': '4', 'Churn prediction': '2' });
  await expect(room.round('Morning').getByRole('alert')).toHaveCount(0);
  await allSaved(page);
  // Typed, not yet shown: the counts appear only with Reveal.
  await expect(room.result('Morning')).toHaveCount(0);
  await room.round('Morning').getByRole('button', { name: 'Reveal', exact: true }).click();
  await expect(room.result('Morning')).toHaveText([
    '1. Customer query chatbot 4 dots',
    '2. Churn prediction 2 dots',
    '3. Fraud detection for card payments 0 dots',
  ]);
  // One round revealed: nothing to compare yet.
  await expect(room.comparison).toHaveCount(0);

  await room.startTallyRound('Afternoon', ballot);
  await room.typeCounts('Afternoon', {
    'Customer query chatbot': '1',
    'Churn prediction': '5',
    'Fraud detection for card payments': '3',
  });
  await allSaved(page);
  await room.round('Afternoon').getByRole('button', { name: 'Reveal', exact: true }).click();
  await expect(room.result('Afternoon').first()).toHaveText('1. Churn prediction 5 dots');
  // The latest two, earlier first.
  await expect(room.comparison.getByRole('table')).toHaveAccessibleName(
    '“Morning” and “Afternoon” compared',
  );
  await expect
    .poll(() => room.comparedRows())
    .toEqual([
      ['Churn prediction', '2', '5', '+3'],
      ['Fraud detection for card payments', '0', '3', '+3'],
      ['Customer query chatbot', '4', '1', '−3'],
    ]);
  // The other way round.
  await room.comparison.getByLabel('First round').selectOption({ label: 'Afternoon' });
  await room.comparison.getByLabel('Second round').selectOption({ label: 'Morning' });
  await expect
    .poll(() => room.comparedRows())
    .toEqual([
      ['Customer query chatbot', '1', '4', '+3'],
      ['Churn prediction', '5', '2', '−3'],
      ['Fraud detection for card payments', '3', '0', '−3'],
    ]);
});

test('a blind scoring round: the contested item first, adopt the medians, undo', async ({
  page,
}) => {
  await openRoom(page);
  await addPeople(page);
  await page.getByRole('button', { name: 'Start blind scoring' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a blind scoring round' });
  await dialog.getByRole('checkbox', { name: 'Data readiness' }).uncheck();
  const ballot = dialog.getByRole('group', { name: 'Candidates on the ballot' });
  for (const box of await ballot.getByRole('checkbox').all()) await box.uncheck();
  await ballot.getByRole('checkbox', { name: 'Customer query chatbot' }).check();
  await ballot.getByRole('checkbox', { name: 'Churn prediction' }).check();
  await dialog.getByRole('button', { name: 'Start the round' }).click();

  const scores: Record<string, [number, number]> = { Ada: [5, 3], Bo: [1, 3], Cy: [2, 4] };
  await page.getByRole('button', { name: 'Pass the laptop' }).click();
  const laptop = page.getByRole('dialog');
  for (const name of PEOPLE) {
    await laptop.getByRole('button', { name: `I am ${name}` }).click();
    const [chatbot, churn] = scores[name] ?? [3, 3];
    await laptop
      .getByRole('radio', { name: `Customer query chatbot, Direct financial impact: ${chatbot}` })
      .check();
    await laptop
      .getByRole('radio', { name: `Churn prediction, Direct financial impact: ${churn}` })
      .check();
    await laptop.getByRole('button', { name: 'Cast my scores' }).click();
  }
  await laptop.getByRole('button', { name: 'Back to the facilitator' }).click();
  await page.getByRole('button', { name: 'Reveal', exact: true }).click();

  const table = page.getByRole('table', { name: /the contested first/ });
  const rows = table.getByRole('row');
  // Header, then the contested chatbot (1-5) before the agreed churn (3-4).
  await expect(rows.nth(1)).toHaveText(
    /Customer query chatbot\s*Direct financial impact\s*1\s*2\s*5\s*Contested/,
  );
  await expect(rows.nth(2)).toHaveText(
    /Churn prediction\s*Direct financial impact\s*3\s*3\s*4\s*Agreed/,
  );

  await page.getByRole('button', { name: 'Adopt the medians' }).click();
  const decisions = page.getByRole('list', { name: 'Decision log' });
  await expect(decisions).toContainText('Adopted the medians of “Blind scoring 1” (2 scores)');
  await page.getByRole('link', { name: 'Candidates', exact: true }).click();
  const editChatbot = page.getByRole('button', { name: 'Edit “Customer query chatbot”' });
  await editChatbot.click();
  const form = page.getByRole('dialog', { name: 'Edit “Customer query chatbot”' });
  // The median of 5, 1 and 2.
  await expect(form.getByRole('radio', { name: 'Direct financial impact: 2' })).toBeChecked();
  await form.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Undo Adopt the medians of “Blind scoring 1”' }).click();
  await editChatbot.click();
  // The sample's own score is back, and the log entry is gone with it.
  await expect(form.getByRole('radio', { name: 'Direct financial impact: 4' })).toBeChecked();
  await form.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('link', { name: 'Room', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Decision log' })).toHaveCount(0);
});

test('the countdown survives a reload and reaches its warning state', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-02-10T09:00:00Z') });
  await openRoom(page);
  const agenda = page.getByRole('list', { name: 'Agenda steps' });
  await agenda.getByLabel('Minutes for Candidates').fill('1');
  await agenda.getByLabel('Minutes for Candidates').press('Enter');
  await page.getByRole('button', { name: 'Start Candidates' }).click();
  const countdown = page.getByRole('group', { name: 'Agenda countdown' });
  await expect(countdown.getByRole('timer')).toHaveText(/^(1:00|0:59)$/);
  await expect(countdown).toContainText('on time');
  await page.clock.runFor(30_000);
  await reloadWhenSaved(page);
  // Computed from the stored end time: the reload lost nothing.
  await expect(countdown.getByRole('timer')).toHaveText(/^0:(30|29)$/);
  await page.clock.runFor(20_000);
  await expect(countdown.getByRole('timer')).toHaveText(/^0:(10|09)$/);
  await expect(countdown).toContainText('nearly done');
  await expect(countdown).toHaveClass(/countdown-warning/);
  await page.clock.runFor(8_000);
  await expect(countdown).toContainText('wrap up now');
  await expect(countdown).toHaveClass(/countdown-critical/);
  // It is on every screen, and can be extended and paused.
  await page.getByRole('link', { name: 'Matrix', exact: true }).click();
  await countdown.getByRole('button', { name: 'Add 5 minutes' }).click();
  await expect(countdown).toContainText('on time');
  await countdown.getByRole('button', { name: 'Pause' }).click();
  await expect(countdown).toContainText('paused');
});

test('presentation mode at 1280 × 720, with the countdown running, has no editing controls, large text and no serious axe violations', async ({
  page,
}) => {
  // The projector the issue names.
  await page.setViewportSize({ width: 1280, height: 720 });
  await openRoom(page);
  await page.getByRole('button', { name: 'Start Candidates' }).click();
  await page.getByRole('link', { name: 'Presentation mode' }).click();
  const presentation = new PresentationPage(page);
  await expect(presentation.heading('Value / feasibility matrix')).toBeVisible();
  for (const view of [
    'Value / feasibility matrix',
    'Roadmap',
    'Portfolio balance',
    'Voting results',
    'Governance readiness',
  ]) {
    await expect(presentation.heading(view)).toBeVisible();
    // The countdown is on every view, inside what is measured below, without its controls.
    await expect(page.getByRole('main').getByRole('timer')).toBeVisible();
    await expect(presentation.countdown).toContainText('Candidates');
    await expect(presentation.countdown.getByRole('button')).toHaveCount(0);
    for (const role of [
      'textbox',
      'checkbox',
      'combobox',
      'radio',
      'spinbutton',
      'slider',
    ] as const) {
      await expect(page.getByRole(role), `${view}: ${role}`).toHaveCount(0);
    }
    await expect(page.getByRole('button', { name: /Undo|Redo|Delete|Edit|Add/ })).toHaveCount(0);
    const smallest = await page.evaluate(() => {
      let min = Infinity;
      const walker = document.createTreeWalker(
        document.querySelector('main')!,
        NodeFilter.SHOW_TEXT,
      );
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || node.textContent?.trim() === '') continue;
        const style = getComputedStyle(el);
        if (style.display === 'none' || style.visibility === 'hidden') continue;
        // SVG text is drawn at its font size times the drawing's scale.
        const svg = el.closest('svg');
        const scale = svg
          ? svg.getBoundingClientRect().width / (svg.viewBox.baseVal.width || 1)
          : 1;
        min = Math.min(min, parseFloat(style.fontSize) * scale);
      }
      return min;
    });
    expect(smallest, view).toBeGreaterThanOrEqual(24);
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id),
      view,
    ).toEqual([]);
    await page.keyboard.press('ArrowRight');
  }
  await expect(
    page.getByRole('heading', { name: 'Value / feasibility matrix', level: 1 }),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: /^Participants/ })).toBeVisible();
});

test('a snapshot, two cards moved and one rescheduled: the compare view lists exactly those three; restore is one undo step', async ({
  page,
}) => {
  await openRoom(page);
  await page.getByLabel('Snapshot name').fill('Before lunch');
  await page.getByRole('button', { name: 'Take a snapshot' }).click();
  await expect(page.getByRole('list', { name: 'Snapshots' })).toContainText('Before lunch');

  const matrix = new MatrixPage(page);
  await matrix.open();
  // Two cards to other quadrants: Churn (a strategic bet) to Quick wins, Invoice (a fill-in) to Reconsider.
  await matrix.dragCardOnMatrix('Churn prediction', { feasibility: 85, value: 85 });
  await expect(matrix.card('Churn prediction')).toHaveAccessibleName(/, Quick wins$/);
  await matrix.dragCardOnMatrix('Invoice processing automation', { feasibility: 15, value: 15 });
  await expect(matrix.card('Invoice processing automation')).toHaveAccessibleName(/, Reconsider$/);
  const roadmap = new RoadmapPage(page);
  await roadmap.open();
  await roadmap.dragCard('Model monitoring dashboard', roadmap.emptySpot('Phase 1 - Foundation'));
  await expect
    .poll(() => roadmap.titles('Phase 1 - Foundation'))
    .toEqual(['Model monitoring dashboard']);

  await page.getByRole('link', { name: 'Room', exact: true }).click();
  await page.getByRole('button', { name: 'Compare with “Before lunch”' }).click();
  const list = page.getByRole('list', { name: 'Changes since the snapshot' }).getByRole('listitem');
  await expect(list).toHaveText([
    'Churn prediction: Strategic bets → Quick wins',
    'Invoice processing automation: Fill-ins → Reconsider',
    'Model monitoring dashboard: backlog → Phase 1 - Foundation',
  ]);
  await expect(
    page.getByText(
      '2 changed quadrant, 1 changed phase, 0 changed priority rank; 0 added, 0 removed.',
    ),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Restore “Before lunch”' }).click();
  await expect(list).toHaveText(['Nothing has moved.']);
  await page.getByRole('button', { name: 'Undo Restore snapshot “Before lunch”' }).click();
  await expect(list).toHaveCount(3);
});

test('a decision with a why is logged from the matrix and survives a reload', async ({ page }) => {
  await openRoom(page);
  const matrix = new MatrixPage(page);
  await matrix.open();
  await matrix.dragCardOnMatrix('Churn prediction', { feasibility: 85, value: 85 });
  const prompt = page.getByRole('form', { name: 'Log the decision' });
  await expect(prompt).toContainText('Moved “Churn prediction” on the matrix');
  await prompt.getByLabel('Why? (optional)').fill('The retention team can start in May');
  await prompt.getByRole('button', { name: 'Log it' }).click();
  await expect(prompt).toHaveCount(0);
  // The next move asks again; Escape skips it, and nothing is logged.
  await matrix.dragCardOnMatrix('Invoice processing automation', { feasibility: 15, value: 15 });
  await expect(prompt).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(prompt).toHaveCount(0);

  await reloadWhenSaved(page);
  await page.getByRole('link', { name: 'Room', exact: true }).click();
  const log: Locator = page.getByRole('list', { name: 'Decision log' }).getByRole('listitem');
  await expect(log).toHaveCount(1);
  await expect(log.first()).toContainText('Moved “Churn prediction” on the matrix');
  await expect(log.first().getByRole('textbox')).toHaveValue('The retention team can start in May');
});

test('agenda steps renamed and reordered, a decision’s why edited and another deleted: all survive a reload', async ({
  page,
}) => {
  await openRoom(page);
  const room = new RoomPage(page);
  const seeded = ['Candidates', 'Scoring', 'Matrix', 'Roadmap', 'Balance', 'Governance', 'Deck'];
  await expect.poll(() => room.stepNames()).toEqual(seeded);
  await room.renameStep('Scoring', 'Blind scoring');
  await expect
    .poll(() => room.stepNames())
    .toEqual(['Candidates', 'Blind scoring', ...seeded.slice(2)]);
  await room.moveStep('Matrix', 'earlier');
  await expect
    .poll(() => room.stepNames())
    .toEqual(['Candidates', 'Matrix', 'Blind scoring', ...seeded.slice(3)]);
  await room.moveStep('Candidates', 'later');
  await expect
    .poll(() => room.stepNames())
    .toEqual(['Matrix', 'Candidates', 'Blind scoring', ...seeded.slice(3)]);
  // The first step cannot go earlier, nor the last later.
  await expect(page.getByRole('button', { name: 'Move Matrix earlier' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Move Deck later' })).toBeDisabled();

  await room.logDecision('Pilot the chatbot first', 'Support has the data');
  await room.logDecision('Drop lead scoring', 'No sales owner');
  await room.whyOf('Pilot the chatbot first').fill('Support has the data and a sponsor');
  await room.whyOf('Pilot the chatbot first').press('Enter');
  await page.getByRole('button', { name: 'Delete the decision Drop lead scoring' }).click();
  await expect(room.decisions).toHaveCount(1);

  await reloadWhenSaved(page);
  await expect
    .poll(() => room.stepNames())
    .toEqual(['Matrix', 'Candidates', 'Blind scoring', ...seeded.slice(3)]);
  await expect(room.decisions).toHaveCount(1);
  await expect(room.decisions.first()).toContainText('Pilot the chatbot first');
  await expect(room.whyOf('Pilot the chatbot first')).toHaveValue(
    'Support has the data and a sponsor',
  );
});
