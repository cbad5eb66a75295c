/**
 * The upper halves (bytes 0x80-0xFF) of the legacy code pages a spreadsheet may be saved in, as
 * the WHATWG Encoding Standard defines them (generated with Chromium's TextDecoder; Node's treats
 * windows-1252 as Latin-1). A C1 control (U+0080-U+009F) or \u0000 marks a byte no real text in
 * that code page holds: a decoding that meets one is impossible (shared/csv/bytes.ts).
 */
export const CODE_PAGES = {
  'windows-1252': {
    label: 'Western European (Windows-1252)',
    high: '€\u0081\u201aƒ\u201e\u2026\u2020\u2021ˆ\u2030Š\u2039Œ\u008dŽ\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014˜™š\u203aœ\u009džŸ\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ',
  },
  'windows-1250': {
    label: 'Central European (Windows-1250)',
    high: '€\u0081\u201a\u0083\u201e\u2026\u2020\u2021\u0088\u2030Š\u2039ŚŤŽŹ\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u0098™š\u203aśťžź\u00a0ˇ˘Ł¤Ą¦§¨©Ş«¬\u00ad®Ż°±˛ł´µ¶·¸ąş»Ľ˝ľżŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢßŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ˙',
  },
  'windows-1251': {
    label: 'Cyrillic (Windows-1251)',
    high: 'ЂЃ\u201aѓ\u201e\u2026\u2020\u2021€\u2030Љ\u2039ЊЌЋЏђ\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u0098™љ\u203aњќћџ\u00a0ЎўЈ¤Ґ¦§Ё©Є«¬\u00ad®Ї°±Ііґµ¶·ё№є»јЅѕїАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя',
  },
  'windows-1253': {
    label: 'Greek (Windows-1253)',
    high: '€\u0081\u201aƒ\u201e\u2026\u2020\u2021\u0088\u2030\u008a\u2039\u008c\u008d\u008e\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u0098™\u009a\u203a\u009c\u009d\u009e\u009f\u00a0΅Ά£¤¥¦§¨©\u0000«¬\u00ad®\u2015°±²³΄µ¶·ΈΉΊ»Ό½ΎΏΐΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡ\u0000ΣΤΥΦΧΨΩΪΫάέήίΰαβγδεζηθικλμνξοπρςστυφχψωϊϋόύώ\u0000',
  },
  'iso-8859-15': {
    label: 'Western European (ISO 8859-15)',
    high: '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0¡¢£€¥Š§š©ª«¬\u00ad®¯°±²³Žµ¶·ž¹º»ŒœŸ¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ',
  },
} as const;

export type CodePage = keyof typeof CODE_PAGES;
