// Writes the spreadsheet fixtures of test/fixtures/csv as the bytes the spreadsheet programs save
// (code pages, byte order marks, delimiters, quirks). Usage: npx jiti scripts/generate-csv-fixtures.ts
// The files are committed; test/shared/csv/fixtures.test.ts imports each and checks it exactly.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeCodePage, encodeUtf16 } from '../test/fixtures/codepage-encode.ts';

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../test/fixtures/csv');
const utf8 = (s: string) => new TextEncoder().encode(s);
const bom = (b: Uint8Array) => new Uint8Array([0xef, 0xbb, 0xbf, ...b]);

const ENGLISH = [
  'Title,Department,Stage,Audience,Effort,Financial impact (1-5),Data readiness (1-5),Notes',
  'Customer query chatbot,Customer Service,Pilot succeeded,Customer-facing,M,4,4,"Handles 30% of queries"',
  'Predictive inventory,Supply Chain,Pilot,Internal,L,5,3,',
  'Fraud detection,Risk,Idea,Internal,XL,5,2,Needs card data',
].join('\r\n');

const GERMAN_1252 = [
  'Titel;Abteilung;Finanzieller Nutzen;Datenverfügbarkeit;Aufwand;Zielgruppe',
  'Prognose Absatz €;Vertrieb;Hoch;Mittel;M;Intern',
  'Détection de fraude;Risiko;Sehr hoch;Niedrig;L;Extern',
  'Kündigungsvorhersage;Marketing;Mittel;Hoch;S;Kunden',
].join('\r\n');

const RUSSIAN_1251 = [
  'Название;Отдел;Finanzieller Nutzen;Aufwand',
  'Прогноз спроса;Продажи;4;M',
  'Чат-бот для клиентов;Сервис;5;S',
].join('\r\n');

/** The e2e test's file: a German scoring sheet saved by Excel on Windows. */
const GERMAN_SHEET = [
  'Titel;Bereich;Finanzieller Nutzen;Strategischer Beitrag;Datenverfügbarkeit;Komplexität;Nutzerakzeptanz;Integrationsaufwand;Größe;Bemerkung',
  'Absatzprognose;Vertrieb;Hoch;Hoch;Hoch;Niedrig;Hoch;Niedrig;M;Ersetzt die Excel-Planung',
  'Betrugserkennung;Risiko;Hoch;Mittel;Niedrig;Hoch;Mittel;Hoch;L;Braucht Kartendaten',
  'Chatbot für Kunden;Service;Mittel;Niedrig;Mittel;Mittel;Mittel;Mittel;S;Erst intern testen',
].join('\r\n');

const files: Record<string, Uint8Array> = {
  'german-scoring-sheet.csv': encodeCodePage(GERMAN_SHEET, 'windows-1252'),
  'utf8-bom.csv': bom(utf8(ENGLISH)),
  'utf8.csv': utf8(ENGLISH),
  'utf16le-unicode-text.txt': encodeUtf16(
    ENGLISH.replace(/,/g, '\t').replace(/"Handles 30% of queries"/, 'Handles 30% of queries'),
    true,
  ),
  'windows-1252-semicolon.csv': encodeCodePage(GERMAN_1252, 'windows-1252'),
  'windows-1251-cyrillic.csv': encodeCodePage(RUSSIAN_1251, 'windows-1251'),
  'sep-line.csv': utf8(`sep=;\r\n${ENGLISH.replace(/,/g, ';')}`),
  'decimal-commas.csv': utf8(
    ['Title;ROI;Complexity;Value share', 'Chatbot;4,0;2,0;"12,5"', 'Forecast;3,0;4,0;"80,1"'].join(
      '\r\n',
    ),
  ),
  'quoted-newlines.csv': utf8(
    [
      'Title;Description;ROI',
      'Chatbot;"Answers queries,\r\nhands over to an agent; with the conversation";4',
      '"Forecast\nby store";"Line one\nline ""two""";3',
    ].join('\r\n'),
  ),
  'duplicate-blank-headers.csv': utf8(
    ['Title,,Title,ROI,ROI', 'Chatbot,x,Second title,4,2', 'Forecast,y,Other,3,1'].join('\n'),
  ),
  'ragged.csv': utf8(
    ['Title,ROI,Effort', 'Chatbot,4', 'Forecast,3,M,extra,cells', 'Pricing'].join('\n'),
  ),
  'big-5000.csv': utf8(
    [
      'Title,Department,Financial impact,Data readiness,Effort',
      ...Array.from(
        { length: 5_000 },
        (_, i) =>
          `Candidate ${i + 1},Dept ${i % 17},${1 + (i % 5)},${1 + ((i * 3) % 5)},${['S', 'M', 'L', 'XL'][i % 4]}`,
      ),
    ].join('\r\n'),
  ),
};

mkdirSync(DIR, { recursive: true });
for (const [name, bytes] of Object.entries(files)) writeFileSync(resolve(DIR, name), bytes);
console.log(`Wrote ${Object.keys(files).length} files to ${DIR}`);
