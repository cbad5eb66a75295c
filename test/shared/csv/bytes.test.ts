import { describe, expect, it } from 'vitest';
import { decodeSpreadsheetBytes } from '../../../shared/csv/bytes.ts';
import { encodeCodePage, encodeUtf16 } from '../../fixtures/codepage-encode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('spreadsheet bytes to text', () => {
  it('reads a byte order mark as UTF-8, UTF-16LE or UTF-16BE, without it in the text', () => {
    const text = 'Titel;Finanzieller Nutzen\nKundenservice-Chatbot;Hoch\n';
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    expect(decodeSpreadsheetBytes(bom)).toMatchObject({
      ok: true,
      best: { encoding: 'utf-8', text },
    });
    expect(decodeSpreadsheetBytes(encodeUtf16(text, true))).toMatchObject({
      ok: true,
      best: { encoding: 'utf-16le', text },
    });
    expect(decodeSpreadsheetBytes(encodeUtf16(text, false))).toMatchObject({
      ok: true,
      best: { encoding: 'utf-16be', text },
    });
  });

  it('takes strict UTF-8 before any code page', () => {
    const result = decodeSpreadsheetBytes(utf8('Détection de fraude;€ 1 200\n'));
    expect(result).toMatchObject({
      ok: true,
      best: { encoding: 'utf-8', text: 'Détection de fraude;€ 1 200\n' },
    });
    if (result.ok) expect(result.options).toHaveLength(1);
  });

  it('ranks the code pages by how plausible their text is', () => {
    const cases: Array<
      [string, 'windows-1252' | 'windows-1251' | 'windows-1250' | 'windows-1253']
    > = [
      [
        'Titel;Nutzen\nDétection de fraude;Élevé\nPrévision des ventes € 1 200;Moyen\n',
        'windows-1252',
      ],
      ['Название;Ценность\nПрогноз спроса;Высокая\nЧат-бот для клиентов;Средняя\n', 'windows-1251'],
      ['Název;Přínos\nPředpověď poptávky;Vysoký\nŘízení zásob;Střední\n', 'windows-1250'],
      ['Τίτλος;Αξία\nΠρόβλεψη ζήτησης;Υψηλή\n', 'windows-1253'],
    ];
    for (const [text, page] of cases) {
      const result = decodeSpreadsheetBytes(encodeCodePage(text, page));
      expect(result.ok && result.best.encoding, page).toBe(page);
      expect(result.ok && result.best.text, page).toBe(text);
      // The other readings are offered too, so the user can change the choice.
      if (result.ok) expect(result.options.length).toBeGreaterThan(1);
    }
  });

  it('never decodes leniently: no replacement character, and a file no code page can read is refused', () => {
    for (const bytes of [
      new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0x28]),
      new Uint8Array([0xff, 0xfe, 0x00, 0xd8]),
      new Uint8Array([0x41, 0x00, 0x42, 0x00]),
    ]) {
      const result = decodeSpreadsheetBytes(bytes);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/CSV UTF-8/);
    }
    const result = decodeSpreadsheetBytes(new Uint8Array([0x41, 0x81, 0x8d]));
    if (result.ok)
      for (const o of result.options) expect(o.text).not.toMatch(/[\ufffd\u0080-\u009f]/);
  });
});
