import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type * as DocumentModule from '../../shared/domain/document.ts';
import {
  createdReplica,
  documentOf,
  documentRecords,
  repairDocument,
} from '../../shared/domain/document.ts';
import type { AnyRecord } from '../../shared/records/kinds.ts';
import { CHILD_KINDS } from '../../shared/records/kinds.ts';
import type { ReplicaDocument, WorkshopDocument } from '../../shared/domain/document.ts';
import {
  CURRENT_SCHEMA_VERSION,
  FILE_FORMAT,
  FILE_LIMITS,
  checkFileReadsBack,
  parseWorkshopFile,
  serializeWorkshopFile,
} from '../../shared/file/format.ts';
import type { FileError, FileErrorCode, WorkshopFile } from '../../shared/file/format.ts';
import {
  MAX_FILE_BYTES,
  MAX_NESTING_DEPTH,
  MAX_STRING_LENGTH,
  findHostileKey,
  precheckText,
  utf8ByteLength,
} from '../../shared/file/precheck.ts';
import { rankOfIndex } from '../../shared/domain/rank.ts';
import { aDocument, arbDocument, arbId, testEnv } from '../fixtures/builders.ts';

// The last step of the reader, passed through unless a test makes it throw (an internal error).
vi.mock('../../shared/domain/document.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof DocumentModule>();
  return { ...actual, repairDocument: vi.fn(actual.repairDocument) };
});

const REPLICA = { id: 'rlaptopA', name: 'Anna’s laptop' };
const META = { appVersion: '1.4.2', exportedAt: '2025-03-01T17:30:00.000Z', replica: REPLICA };

/** A document as a file of it holds it, every record created by one write of laptop A. */
function asReplica(doc: WorkshopDocument): ReplicaDocument {
  return createdReplica(doc, [REPLICA.id, 1]);
}

/** The codes a file's own faults are refused with; never 'internal', which is a bug of the reader. */
const FILE_ERROR_CODES: readonly FileErrorCode[] = [
  'too-large',
  'too-deep',
  'string-too-long',
  'not-json',
  'hostile-key',
  'wrong-format',
  'newer-version',
  'invalid',
];

/** Fails the test when the reader crashed, whatever a test expects of the file. */
function noInternalError(error: FileError): FileError {
  if (error.code === 'internal') throw new Error(`the reader crashed: ${error.message}`);
  return error;
}

/** Workshop w1 with phases p1-p3 and candidates c1-c4, the 4th being “Fraud detection”. */
function sampleDoc(): WorkshopDocument {
  return aDocument(
    {
      workshop: { title: 'Retail AI roadmap' },
      candidates: [
        { title: 'Inventory prediction', valueScores: { financialImpact: 5 }, phaseId: 'p1' },
        { title: 'Chatbot for customer queries', placement: { x: 40, y: 75.5 } },
        { title: 'Lead scoring', feasibilityScores: { dataReadiness: 4 } },
        {
          title: 'Fraud detection',
          dependencies: ['c1'],
          phaseId: 'p2',
          phaseRank: rankOfIndex(1),
        },
      ],
    },
    testEnv(),
  );
}

function inFileOrder(doc: WorkshopDocument): WorkshopDocument {
  const order = <T extends { createdAt: string; id: string }>(records: readonly T[]) =>
    [...records].sort((a, b) =>
      a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? -1 : 1,
    );
  const lists = documentRecords(doc);
  return documentOf(
    doc.workshop,
    Object.fromEntries(CHILD_KINDS.map((kind) => [kind, order<AnyRecord>(lists[kind])])),
  );
}

function sampleText(doc: WorkshopDocument = sampleDoc()): string {
  return serializeWorkshopFile(asReplica(doc), META);
}

/** The sample file as an object, to break in one place and write out again. */
function sampleFile(): WorkshopFile {
  return JSON.parse(sampleText()) as WorkshopFile;
}

function errorOf(text: string): FileError {
  const result = parseWorkshopFile(text);
  if (result.ok) throw new Error('expected the file to be refused, but it was read');
  return noInternalError(result.error);
}

function docOf(text: string): WorkshopDocument {
  const result = parseWorkshopFile(text);
  if (!result.ok) {
    noInternalError(result.error);
    throw new Error(`expected the file to be read: ${result.error.message}`);
  }
  return result.doc;
}

function candidateAt(file: WorkshopFile, index: number): WorkshopFile['candidates'][number] {
  const candidate = file.candidates[index];
  if (candidate === undefined) throw new Error(`no candidate ${index}`);
  return candidate;
}

describe('serializeWorkshopFile', () => {
  it('writes the header first, as 2-space pretty JSON ending in a newline', () => {
    const text = sampleText();
    expect(text.startsWith('{\n  "format": "scalepath",\n  "schemaVersion": 5,\n')).toBe(true);
    expect(text).toContain(
      '\n  "appVersion": "1.4.2",\n  "exportedAt": "2025-03-01T17:30:00.000Z",',
    );
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'format',
      'schemaVersion',
      'appVersion',
      'exportedAt',
      'replica',
      'workshop',
      'phases',
      'candidates',
      'components',
      'capabilities',
      'participants',
      'rounds',
      'ballots',
      'snapshots',
      'decisions',
      'agendaSteps',
      'scenarios',
      'tombstones',
    ]);
  });

  it('gives the same bytes for the same document and meta', () => {
    expect(sampleText()).toBe(sampleText());
  });
});

describe('parseWorkshopFile reads', () => {
  it('a file it wrote back into the same document, with the app version', () => {
    const doc = sampleDoc();
    expect(parseWorkshopFile(sampleText(doc))).toEqual({
      ok: true,
      ...asReplica(doc),
      appVersion: '1.4.2',
      exportedAt: META.exportedAt,
      replica: REPLICA,
      schemaVersion: 5,
    });
  });

  it('any valid document it wrote, unchanged (round trip)', () => {
    fc.assert(
      fc.property(arbDocument(), arbMeta, (doc, meta) => {
        expect(repairDocument(doc)).toEqual(doc);
        const result = parseWorkshopFile(serializeWorkshopFile(asReplica(doc), meta));
        // A file lists records by creation time, then id: the same on every laptop.
        expect(result).toEqual({
          ok: true,
          ...asReplica(inFileOrder(doc)),
          ...meta,
          schemaVersion: CURRENT_SCHEMA_VERSION,
        });
      }),
      { numRuns: 150 },
    );
  });

  it('a file saved with a byte order mark', () => {
    expect(docOf(`\uFEFF${sampleText()}`)).toEqual(sampleDoc());
  });

  it('a file whose dangling references it repairs', () => {
    const file = sampleFile();
    const fraud = candidateAt(file, 3);
    fraud.dependencies = ['c1', 'ghost', 'c1', fraud.id, 'c2'];
    candidateAt(file, 0).phaseId = 'deleted-phase';
    const doc = docOf(JSON.stringify(file));
    expect(doc.candidates[3]?.dependencies).toEqual(['c1', 'c2']);
    expect(doc.candidates[0]?.phaseId).toBeNull();
    expect(doc.candidates[3]?.phaseId).toBe('p2');
  });

  it('text that looks like brackets or hostile keys inside strings', () => {
    const doc = sampleDoc();
    const [first] = doc.candidates;
    if (first === undefined) throw new Error('no candidate');
    // Quotes are written as \" : a scan that missed escapes would count these brackets.
    first.title = `"${'['.repeat(MAX_NESTING_DEPTH + 100)}"`;
    first.notes = '__proto__ constructor prototype {{{{{{';
    expect(docOf(sampleText(doc))).toEqual(doc);
  });

  it('a file with fields it does not know, dropping them', () => {
    const file = sampleFile() as WorkshopFile & { comment?: string };
    file.comment = 'exported for the board';
    Object.assign(candidateAt(file, 1), { colour: 'red' });
    expect(docOf(JSON.stringify(file))).toEqual(sampleDoc());
  });
});

const arbMeta = fc.record({
  appVersion: fc.oneof(
    fc.constantFrom('0.1.0', '1.4.2-beta.1'),
    fc.string({ minLength: 1, maxLength: 64 }),
  ),
  exportedAt: fc
    .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  replica: fc.record({ id: arbId, name: fc.constantFrom('Anna’s laptop', 'Laptop 3F9A') }),
});

describe('parseWorkshopFile refuses', () => {
  it('an empty file', () => {
    for (const text of ['', '   \n\t', '\uFEFF']) {
      const error = errorOf(text);
      expect(error.code).toBe('not-json');
      expect(error.message).toMatch(/empty/);
    }
  });

  it('broken JSON, saying it looks truncated', () => {
    expect(errorOf('{"format": "scalepath", "schemaVersion": 1,,}')).toEqual({
      code: 'not-json',
      message:
        'This file is not a Scalepath workshop (it looks truncated or is not JSON). Ask the sender to export the workshop from Scalepath again.',
    });
  });

  it('a file cut in half', () => {
    const text = sampleText();
    expect(errorOf(text.slice(0, Math.floor(text.length / 2))).code).toBe('not-json');
    expect(errorOf(text.slice(0, -2)).code).toBe('not-json');
  });

  it('JSON that is not a Scalepath file', () => {
    for (const text of ['{"hello":1}', '{}', '{"format":null}']) {
      const error = errorOf(text);
      expect(error.code, text).toBe('wrong-format');
      expect(error.message).toMatch(/^This file is not a Scalepath workshop/);
    }
    for (const text of ['[1, 2, 3]', '"scalepath"', '42', 'null']) {
      expect(errorOf(text).code, text).toBe('wrong-format');
    }
    expect(errorOf('{"format":"excalidraw","elements":[]}').message).toContain('“excalidraw”');
  });

  it('a spreadsheet exported as CSV, or a workbook, names the spreadsheet import', () => {
    const csv = '\uFEFFTitle;Value;Feasibility\r\n"Fraud detection";5;2\r\n"Chatbot";4;"3"\r\n';
    expect(errorOf(csv)).toEqual({
      code: 'wrong-format',
      message:
        'This file is not a Scalepath workshop: it is a spreadsheet saved as CSV or text. To bring in the candidates a spreadsheet lists, use “Import from a spreadsheet…” on a workshop’s Candidates screen, or “New workshop from a spreadsheet…” on the home screen.',
    });
    expect(errorOf('Title\tDepartment\nChatbot\tService\n').message).toContain(
      'saved as CSV or text',
    );
    expect(errorOf('PK\u0003\u0004\u0014\u0000\u0006\u0000').message).toContain(
      'it is a zipped document, such as an Excel workbook',
    );
    // Text that is not a table is not called one.
    expect(errorOf('Hello, this is a letter.\nIt has two lines; and no table.').message).toBe(
      'This file is not a Scalepath workshop (it does not say it is one). Open a .scalepath file exported from Scalepath.',
    );
  });

  it('a __proto__ key, without polluting any prototype', () => {
    const text = sampleText().replace('{', '{"__proto__": {"polluted": true},');
    expect(JSON.parse(text)).toHaveProperty('format', 'scalepath');
    const error = errorOf(text);
    expect(error.code).toBe('hostile-key');
    expect(error.message).toContain('“__proto__”');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('constructor and prototype keys anywhere, naming where they are', () => {
    const file = sampleFile();
    Object.assign(candidateAt(file, 3), JSON.parse('{"constructor": {"prototype": {"x": 1}}}'));
    const error = errorOf(JSON.stringify(file));
    expect(error.code).toBe('hostile-key');
    expect(error.message).toContain('“constructor”');
    expect(error.message).toContain('candidate 4 (“Fraud detection”)');

    const settings = sampleFile();
    Object.assign(settings.workshop.settings, JSON.parse('{"prototype": null}'));
    expect(errorOf(JSON.stringify(settings)).code).toBe('hostile-key');
  });

  it('10,000 nested brackets, without a stack overflow', () => {
    const deepArray = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    expect(errorOf(deepArray).code).toBe('too-deep');
    const deepInFile = `{"format":"scalepath","schemaVersion":1,"x":${deepArray}}`;
    expect(errorOf(deepInFile).code).toBe('too-deep');
    const deepObjects = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    expect(errorOf(deepObjects).code).toBe('too-deep');
  });

  it('a 50 MB string as too large', () => {
    const text = `{"format":"scalepath","notes":"${'a'.repeat(50 * 1024 * 1024)}"}`;
    const error = errorOf(text);
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('20 MB');
  });

  it('a file over 20 MB of UTF-8 although it has fewer than 20 million characters', () => {
    const cyrillic = 'ж'.repeat(11 * 1024 * 1024); // 2 bytes each: 22 MB
    expect(cyrillic.length).toBeLessThan(MAX_FILE_BYTES);
    expect(errorOf(`["${cyrillic}"]`).code).toBe('too-large');
  });

  it('a string longer than any field holds', () => {
    const file = sampleFile();
    candidateAt(file, 0).notes = 'x'.repeat(200_000);
    const error = errorOf(JSON.stringify(file));
    expect(error.code).toBe('string-too-long');
    expect(error.message).toContain('100,000');
  });

  it('a file from a newer Scalepath, naming both versions', () => {
    const file = { ...sampleFile(), schemaVersion: 6, appVersion: '6.0.0' };
    const error = errorOf(JSON.stringify(file));
    expect(error).toEqual({
      code: 'newer-version',
      message:
        'This file was made by a newer Scalepath (6.0.0, format version 6; this app reads up to 5). Update Scalepath to open it.',
    });
  });

  it('a missing or impossible format version', () => {
    const { schemaVersion: _dropped, ...unversioned } = sampleFile();
    expect(errorOf(JSON.stringify(unversioned)).code).toBe('invalid');
    expect(errorOf(JSON.stringify(unversioned)).message).toMatch(/does not say which/);
    for (const schemaVersion of [0, -1, 1.5, '1', null, true]) {
      const error = errorOf(JSON.stringify({ ...sampleFile(), schemaVersion }));
      expect(error.code, String(schemaVersion)).toBe('invalid');
      expect(error.message).toMatch(/not a version Scalepath has ever written/);
    }
  });

  it('a score of 9, naming the candidate, the criterion and the scale', () => {
    const file = sampleFile();
    candidateAt(file, 3).valueScores.financialImpact = 9;
    const error = errorOf(JSON.stringify(file));
    expect(error.code).toBe('invalid');
    expect(error.message).toBe(
      'Candidate 4 (“Fraud detection”) has a direct financial impact score of 9; scores are whole numbers from 1 to 5. Ask the sender to check it in Scalepath and export it again.',
    );
  });

  it('a half score and a feasibility score of 0', () => {
    const file = sampleFile();
    candidateAt(file, 2).feasibilityScores.dataReadiness = 3.5;
    expect(errorOf(JSON.stringify(file)).message).toMatch(
      /^Candidate 3 \(“Lead scoring”\) has a data readiness score of 3.5; scores are whole numbers from 1 to 5\./,
    );
    candidateAt(file, 2).feasibilityScores.dataReadiness = 0;
    expect(errorOf(JSON.stringify(file)).message).toContain('data readiness score of 0');
  });

  it('a placement of 140, naming the candidate and the axis', () => {
    const file = sampleFile();
    candidateAt(file, 1).placement = { x: 140, y: 50 };
    const error = errorOf(JSON.stringify(file));
    expect(error.code).toBe('invalid');
    expect(error.message).toMatch(
      /^Candidate 2 \(“Chatbot for customer queries”\) has a placement on the feasibility axis of 140; the matrix runs from 0 to 100 on both axes\./,
    );
  });

  it('a negative capacity, naming the phase', () => {
    const file = sampleFile();
    const phase = file.phases[1];
    if (phase === undefined) throw new Error('no phase 2');
    phase.capacity = -3;
    expect(errorOf(JSON.stringify(file)).message).toMatch(
      /^Phase 2 \(“Phase 2 - Expansion”\) has a capacity of -3; a capacity is a whole number of effort points from 0 to 10,000\./,
    );
  });

  it('a missing field, and says how many more problems there are', () => {
    const file = sampleFile();
    const { description: _gone, ...withoutDescription } = candidateAt(file, 1);
    file.candidates[1] = withoutDescription as WorkshopFile['candidates'][number];
    expect(errorOf(JSON.stringify(file)).message).toBe(
      'Candidate 2 (“Chatbot for customer queries”) is missing its description. Ask the sender to check it in Scalepath and export it again.',
    );
    candidateAt(file, 0).effort = 'XXL' as 'XL';
    expect(errorOf(JSON.stringify(file)).message).toContain(
      'Scalepath found 1 more problem in this file.',
    );
  });

  it('a problem in the workshop, naming the workshop and the setting', () => {
    const file = sampleFile();
    file.workshop.settings.valueWeights.riskMitigation = 11;
    expect(errorOf(JSON.stringify(file)).message).toMatch(
      /^The workshop \(“Retail AI roadmap”\) has a weight for risk mitigation of 11; weights run from 0 to 10\./,
    );
    const dated = sampleFile();
    dated.workshop.date = '1 March';
    expect(errorOf(JSON.stringify(dated)).message).toMatch(
      /^The workshop \(“Retail AI roadmap”\) has a date of “1 March”; a workshop day is written YYYY-MM-DD, or left empty\./,
    );
  });

  it('other wrong values, in plain words rather than zod terms', () => {
    const messageWith = (change: (file: WorkshopFile) => void): string => {
      const file = sampleFile();
      change(file);
      return errorOf(JSON.stringify(file)).message;
    };
    expect(messageWith((f) => (candidateAt(f, 0).stage = 'done' as 'idea'))).toBe(
      'Candidate 1 (“Inventory prediction”) has a stage of “done”; the stages are Idea, Pilot running, Pilot succeeded, Scaling and In production. Ask the sender to check it in Scalepath and export it again.',
    );
    expect(messageWith((f) => (candidateAt(f, 1).phaseRank = 'a 1'))).toMatch(
      /^Candidate 2 \(“Chatbot for customer queries”\) has a problem with its position in its phase: a position in a list holds characters other than letters and digits\./,
    );
    expect(messageWith((f) => (candidateAt(f, 2).notes = null as unknown as string))).toMatch(
      /has a problem with its notes: it should be a text, not empty\./,
    );
    expect(messageWith((f) => (f.exportedAt = 'yesterday'))).toMatch(
      /^The file has a problem with its export date: “yesterday” is not valid; a time is written like 2025-03-01T09:00:00Z\./,
    );
  });

  it('a value from a list by the labels the form shows, never by internal ids', () => {
    const messageWith = (change: (file: WorkshopFile) => void): string => {
      const file = JSON.parse(
        serializeWorkshopFile(
          asReplica(aDocument({ candidates: [{ title: 'Chatbot' }], components: [{}] }, testEnv())),
          META,
        ),
      ) as WorkshopFile;
      change(file);
      return errorOf(JSON.stringify(file)).message;
    };
    const first = (f: WorkshopFile) => candidateAt(f, 0);
    expect(messageWith((f) => (first(f).stage = 'pilot' as 'idea'))).toMatch(
      /^Candidate 1 \(“Chatbot”\) has a stage of “pilot”; the stages are Idea, Pilot running, Pilot succeeded, Scaling and In production\./,
    );
    expect(messageWith((f) => (first(f).audience = 'internal' as 'operational'))).toMatch(
      /has an audience tag of “internal”; the audience tags are Customer-facing and Operational, or none\./,
    );
    expect(messageWith((f) => (first(f).horizon = 'soon' as 'long-term'))).toMatch(
      /has a horizon tag of “soon”; the horizon tags are .+ and .+, or none\./,
    );
    expect(messageWith((f) => (first(f).approach = 3 as unknown as 'proven'))).toMatch(
      /has an approach tag of 3; the approach tags are Proven and Experimental, or none\./,
    );
    expect(
      messageWith((f) => {
        const [component] = f.components;
        if (component) component.kind = 'dashboard' as 'monitoring';
      }),
    ).toMatch(
      /^Component 1 \(“Customer data pipeline”\) has a kind of “dashboard”; the kinds of component are Data pipeline, Feature definition, Model template and Monitoring\./,
    );
    for (const message of [
      messageWith((f) => (first(f).stage = 'done' as 'idea')),
      messageWith((f) => (first(f).horizon = 'soon' as 'long-term')),
    ]) {
      expect(message).not.toMatch(/pilot-running|in-production|quick-win|long-term|“idea”/);
    }
  });

  it('a number too large to read (1e309), without calling it Infinity', () => {
    const file = sampleFile();
    // JSON.stringify cannot write 1e309: unique numbers stand in for it, replaced in the text.
    candidateAt(file, 3).valueScores.financialImpact = 987654 as 5;
    file.workshop.settings.priorityValueShare = 0.123456789;
    const text = JSON.stringify(file, null, 2);
    const score = errorOf(text.replace('987654', '1e309'));
    expect(score.message).toBe(
      'Candidate 4 (“Fraud detection”) has a direct financial impact score too large to read; scores are whole numbers from 1 to 5. Ask the sender to check it in Scalepath and export it again.',
    );
    const share = errorOf(text.replace('0.123456789', '-1e309'));
    expect(share.message).toMatch(
      /^The workshop \(“Retail AI roadmap”\) has a problem with its share of value in the priority setting: it is a number too large to read\./,
    );
    expect(`${score.message} ${share.message}`).not.toContain('Infinity');
  });

  it('a record of another workshop, naming it', () => {
    const file = sampleFile();
    candidateAt(file, 2).workshopId = 'someone-else';
    const error = errorOf(JSON.stringify(file));
    expect(error.code).toBe('invalid');
    expect(error.message).toMatch(
      /^Candidate 3 \(“Lead scoring”\) has a problem with its workshop id: it belongs to another workshop \(“someone-else”, not this file's “w1”\)\./,
    );
  });

  it('an id used twice', () => {
    const file = sampleFile();
    candidateAt(file, 2).id = 'c1';
    expect(errorOf(JSON.stringify(file)).message).toMatch(
      /^Candidate 3 \(“Lead scoring”\) has a problem with its id: the id “c1” is already used by candidate 1\./,
    );
    const clash = sampleFile();
    const phase = clash.phases[0];
    if (phase === undefined) throw new Error('no phase 1');
    phase.id = clash.workshop.id;
    expect(errorOf(JSON.stringify(clash)).message).toContain('already used by the workshop');
  });

  it(`more than ${FILE_LIMITS.candidates} candidates`, () => {
    const file = sampleFile();
    const template = candidateAt(file, 2);
    file.candidates = Array.from({ length: FILE_LIMITS.candidates + 1 }, (_, i) => ({
      ...template,
      id: `bulk-${i}`,
    }));
    const error = errorOf(JSON.stringify(file));
    expect(error.code).toBe('invalid');
    expect(error.message).toContain('at most 10,000 candidates');
  });

  it('nothing by throwing, whatever the text', () => {
    const valid = sampleFile();
    const paths = pathsIn(valid);
    const arbText = fc.oneof(
      fc.string(),
      fc.json(),
      fc
        .jsonValue()
        .map((workshop) => JSON.stringify({ format: FILE_FORMAT, schemaVersion: 1, workshop })),
      // A valid file with one value, anywhere in it, replaced by any JSON.
      fc
        .tuple(fc.constantFrom(...paths), fc.jsonValue())
        .map(([path, value]) => JSON.stringify(withValueAt(valid, path, value))),
    );
    fc.assert(
      fc.property(arbText, (text) => {
        const result = parseWorkshopFile(text);
        if (!result.ok) {
          // A crash of the reader is refused in plain words too, but it is a bug: it fails here.
          expect(result.error.code, result.error.message).not.toBe('internal');
          expect(FILE_ERROR_CODES).toContain(result.error.code);
          expect(result.error.message.length).toBeGreaterThan(20);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('parseWorkshopFile, when the reader itself fails', () => {
  it('reports an internal error as such: its own code, logged, and a plain message', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
    vi.mocked(repairDocument).mockImplementationOnce(() => {
      throw bug;
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const result = parseWorkshopFile(sampleText());
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'internal',
          message:
            'Scalepath could not read this file because of a fault in Scalepath itself, not necessarily in the file. Try again; if it happens again, send the file to whoever looks after Scalepath for you.',
        },
      });
      expect(logged).toHaveBeenCalledWith(expect.stringContaining('internal error'), bug);
      // The helpers every other test reads results with fail on it.
      vi.mocked(repairDocument).mockImplementationOnce(() => {
        throw bug;
      });
      expect(() => docOf(sampleText())).toThrow('the reader crashed');
    } finally {
      logged.mockRestore();
    }
    // Once the step works again, so does the reader.
    expect(docOf(sampleText())).toEqual(sampleDoc());
  });
});

describe('checkFileReadsBack', () => {
  it('passes any file the app writes within the limit', () => {
    expect(checkFileReadsBack(sampleText())).toBeNull();
  });

  it('refuses, in words for the person exporting, a file import would refuse as too large', () => {
    const doc = sampleDoc();
    // 3 bytes per character in UTF-8: 2,000 of these notes are 60 MB, far fewer characters.
    doc.candidates = Array.from({ length: 2_000 }, (_, i) => ({
      ...(doc.candidates[0] as WorkshopDocument['candidates'][number]),
      id: `big-${i}`,
      notes: '中'.repeat(10_000),
    }));
    const text = sampleText(doc);
    expect(errorOf(text).code).toBe('too-large');
    const error = checkFileReadsBack(text);
    expect(error?.code).toBe('too-large');
    expect(error?.message).toMatch(
      /^This workshop would make a file of \d+(\.\d)? MB, and Scalepath opens workshop files of at most 20 MB, so no laptop could open it\. Remove candidates you no longer need, or shorten long descriptions and notes, then export again\.$/,
    );
  });
});

type Path = Array<string | number>;

/** Every path to a value in a small JSON tree (the tree itself included). */
function pathsIn(value: unknown, path: Path = []): Path[] {
  const here = [path];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => pathsIn(v, [...path, i])));
  if (typeof value === 'object' && value !== null) {
    return here.concat(...Object.entries(value).map(([k, v]) => pathsIn(v, [...path, k])));
  }
  return here;
}

/** A copy of JSON data with the value at `path` replaced. */
function withValueAt(data: unknown, path: Path, value: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  const copy = structuredClone(data) as Record<string | number, unknown>;
  copy[key] = withValueAt(copy[key], rest, value);
  return copy;
}

describe('precheckText', () => {
  it('allows nesting up to the limit and refuses one more', () => {
    const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(precheckText(nested(MAX_NESTING_DEPTH))).toBeNull();
    expect(precheckText(nested(MAX_NESTING_DEPTH + 1))).toEqual({
      code: 'too-deep',
      limit: MAX_NESTING_DEPTH,
    });
  });

  it('does not let unbalanced closing brackets buy depth', () => {
    const text = `${']'.repeat(100)}${'['.repeat(MAX_NESTING_DEPTH + 1)}`;
    expect(precheckText(text)?.code).toBe('too-deep');
  });

  it('allows strings up to the limit and refuses one more character', () => {
    expect(precheckText(`["${'x'.repeat(MAX_STRING_LENGTH)}"]`)).toBeNull();
    expect(precheckText(`["${'x'.repeat(MAX_STRING_LENGTH + 1)}"]`)?.code).toBe('string-too-long');
  });

  it('counts a string up to its closing quote, not an escaped one', () => {
    const half = 'x'.repeat(MAX_STRING_LENGTH / 2);
    expect(precheckText(`["${half}\\"${half}"]`)?.code).toBe('string-too-long');
    expect(precheckText(`["${half}", "${half}"]`)).toBeNull();
    expect(precheckText(`["\\\\", "${'['.repeat(100)}"]`)).toBeNull();
  });

  it('refuses by size before scanning', () => {
    const limits = { maxBytes: 10, maxDepth: 64, maxStringLength: 100 };
    expect(precheckText('[1,2,3,4,5]', limits)?.code).toBe('too-large');
    expect(precheckText('["жжж"]', limits)).toBeNull();
    expect(precheckText('["жжжж"]', limits)?.code).toBe('too-large');
  });
});

describe('utf8ByteLength', () => {
  it('counts 1 to 4 bytes per character as UTF-8 encodes them', () => {
    expect(utf8ByteLength('')).toBe(0);
    expect(utf8ByteLength('a')).toBe(1);
    expect(utf8ByteLength('é')).toBe(2);
    expect(utf8ByteLength('ж')).toBe(2);
    expect(utf8ByteLength('中')).toBe(3);
    expect(utf8ByteLength('😀')).toBe(4);
    expect(utf8ByteLength('\uD800')).toBe(3);
    expect(utf8ByteLength('\uDC00a')).toBe(4);
  });

  it('agrees with TextEncoder on any text', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.string({ unit: fc.nat(0xffff).map((n) => String.fromCharCode(n)) }),
        ),
        (text) => {
          expect(utf8ByteLength(text)).toBe(encoder.encode(text).length);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('findHostileKey', () => {
  it('finds a hostile key at any depth and gives the path of its object', () => {
    const value: unknown = JSON.parse('{"a": [1, {"b": {"__proto__": 1}}]}');
    expect(findHostileKey(value)).toEqual({ key: '__proto__', path: ['a', 1, 'b'] });
    expect(findHostileKey(JSON.parse('[{"prototype": 1}]'))).toEqual({
      key: 'prototype',
      path: [0],
    });
  });

  it('finds nothing in ordinary data, even with hostile words as values', () => {
    expect(findHostileKey(JSON.parse('{"a": ["__proto__", {"title": "constructor"}]}'))).toBeNull();
    expect(findHostileKey('constructor')).toBeNull();
    expect(findHostileKey(null)).toBeNull();
  });
});

describe('the file constants', () => {
  it('name the format and version the app writes', () => {
    expect(FILE_FORMAT).toBe('scalepath');
    expect(JSON.parse(sampleText())).toMatchObject({
      format: FILE_FORMAT,
      schemaVersion: CURRENT_SCHEMA_VERSION,
    });
  });
});

describe('the history a file carries', () => {
  it('travels with every record, and a deletion as a tombstone', () => {
    const doc = sampleDoc();
    const replica: ReplicaDocument = {
      ...asReplica(doc),
      tombstones: [
        {
          id: 'gone',
          kind: 'candidates',
          workshopId: doc.workshop.id,
          title: 'Churn prediction',
          seen: { [REPLICA.id]: 2 },
          deleted: [REPLICA.id, 2],
        },
      ],
    };
    const read = parseWorkshopFile(serializeWorkshopFile(replica, META));
    if (!read.ok) throw new Error(read.error.message);
    expect(read.tombstones).toEqual(replica.tombstones);
    expect(read.versions).toEqual(replica.versions);
  });

  it('is refused when it names a field the record does not have, or an edit it says it has not seen', () => {
    const unknownField = sampleFile() as unknown as {
      candidates: Array<{
        version: { fields: Record<string, unknown>; seen: Record<string, number> };
      }>;
    };
    const [first] = unknownField.candidates;
    if (!first) throw new Error('a candidate');
    first.version.fields.colour = [REPLICA.id, 1];
    expect(errorOf(JSON.stringify(unknownField)).message).toMatch(
      /^Candidate 1 \(“Inventory prediction”\) .*names a field “colour” that a candidate does not have/,
    );
    first.version.fields = { title: ['rlaptopB', 4] };
    expect(errorOf(JSON.stringify(unknownField)).message).toMatch(
      /^Candidate 1 \(“Inventory prediction”\) .*contradicts itself/,
    );
  });

  it('keeps references to records the file says were deleted, and repairs the others', () => {
    const file = sampleFile() as unknown as WorkshopFile;
    candidateAt(file, 3).dependencies = ['c1', 'deleted-one', 'ghost'];
    file.tombstones = [
      {
        id: 'deleted-one',
        kind: 'candidates',
        workshopId: file.workshop.id,
        title: 'Old idea',
        seen: { [REPLICA.id]: 1 },
        deleted: [REPLICA.id, 1],
      },
    ];
    expect(docOf(JSON.stringify(file)).candidates[3]?.dependencies).toEqual(['c1', 'deleted-one']);
  });
});

describe('edit counters in a file', () => {
  it('are refused past 2^40, so one file cannot exhaust the counter of the laptop that reads it', () => {
    const file = sampleFile() as unknown as {
      candidates: Array<{ version: { seen: Record<string, number> } }>;
    };
    const [first] = file.candidates;
    if (!first) throw new Error('a candidate');
    first.version.seen.rcrafted = Number.MAX_SAFE_INTEGER;
    expect(errorOf(JSON.stringify(file)).code).toBe('invalid');
  });
});
