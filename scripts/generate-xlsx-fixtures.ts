// Writes the crafted workbooks of test/fixtures/xlsx: a zip bomb (a sheet that unpacks to 400 MB)
// and a huge table of shared strings (600,000 entries). Usage: npx jiti scripts/generate-xlsx-fixtures.ts
// The files are committed; test/shared/csv/workbook.test.ts opens each and expects a refusal.
// scoring-workbook.xlsx beside them was written by LibreOffice Calc from scoring-workbook.fods:
//   soffice --headless --convert-to xlsx:"Calc MS Excel 2007 XML" scoring-workbook.fods
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWorkbook, rowXml, sharedStringsXml } from '../test/fixtures/xlsx-builder.ts';

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../test/fixtures/xlsx');

const header = rowXml(1, [{ s: 0 }]);
const bombRow = '<row><c t="s"><v>0</v></c></row>';
writeFileSync(
  resolve(DIR, 'zip-bomb.xlsx'),
  buildWorkbook(
    [{ name: 'Sheet1', rows: header + bombRow.repeat((400 * 1024 * 1024) / bombRow.length) }],
    {
      sharedStrings: sharedStringsXml(['Title']),
      level: 9,
    },
  ),
);

writeFileSync(
  resolve(DIR, 'huge-shared-strings.xlsx'),
  buildWorkbook([{ name: 'Sheet1', rows: header }], {
    sharedStrings: sharedStringsXml([
      'Title',
      ...Array.from({ length: 600_000 }, (_, i) => String(i % 10)),
    ]),
    level: 9,
  }),
);
