import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const INK = rgb(0.12, 0.16, 0.2);
const GREY = rgb(0.42, 0.47, 0.52);

/** The fonts' files, read once: DejaVu Sans covers ă â î ș ț and their capitals. */
let fontFiles: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;

function loadFontFiles() {
  const require = createRequire(import.meta.url);
  fontFiles ??= Promise.all([
    readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  ]).then(([regular, bold]) => ({ regular, bold }));
  return fontFiles;
}

// Parsing a font and warming its layout tables takes most of a render; every
// document shares the parsed fonts (read-only to pdf-lib, which subsets a copy).
const parsedFonts = new WeakMap<Uint8Array, ReturnType<Fontkit['create']>>();
const sharedFontkit: Fontkit = {
  create(data: Uint8Array) {
    let font = parsedFonts.get(data);
    if (font === undefined) {
      font = fontkit.create(data);
      parsedFonts.set(data, font);
    }
    return font;
  },
};

// Romanian letters are single glyphs in DejaVu; skipping OpenType shaping (ligatures,
// kerning, mark placement) makes laying text out several times faster.
const PLAIN_TEXT = {
  ccmp: false, locl: false, mark: false, mkmk: false, kern: false, liga: false, clig: false,
  calt: false, rlig: false, rclt: false, dlig: false,
};

/**
 * A top-to-bottom writer of A4 pages: wraps text to the margins and starts a
 * new page when the current one is full. Fonts are embedded as subsets.
 */
export class PdfWriter {
  private page!: PDFPage;
  private y = 0;

  private constructor(
    readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.newPage();
  }

  static async create(title: string): Promise<PdfWriter> {
    const doc = await PDFDocument.create();
    doc.registerFontkit(sharedFontkit);
    doc.setTitle(title);
    doc.setCreator('Portal B2B');
    const files = await loadFontFiles();
    const regular = await doc.embedFont(files.regular, { subset: true, features: PLAIN_TEXT });
    const bold = await doc.embedFont(files.bold, { subset: true, features: PLAIN_TEXT });
    return new PdfWriter(doc, regular, bold);
  }

  heading(text: string, size = 12): void {
    this.space(size * 0.8);
    this.paragraph(text, { size, bold: true });
    this.space(2);
  }

  paragraph(text: string, options: { size?: number; bold?: boolean; grey?: boolean } = {}): void {
    const size = options.size ?? 10;
    const font = options.bold ? this.bold : this.regular;
    const width = A4[0] - 2 * MARGIN;
    for (const line of wrap(text, font, size, width)) {
      this.ensureRoom(size * 1.45);
      this.page.drawText(line, {
        x: MARGIN, y: this.y - size, size, font, color: options.grey ? GREY : INK,
      });
      this.y -= size * 1.45;
    }
    this.space(size * 0.5);
  }

  /** A label and its value, wrapped if long. */
  field(label: string, value: string): void {
    this.paragraph(`${label}: ${value}`, { size: 10 });
    this.y += 3;
  }

  /** A line to sign on, with its caption underneath. */
  signatureLine(caption: string): void {
    this.ensureRoom(48);
    this.y -= 30;
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: MARGIN + 240, y: this.y },
      thickness: 0.6,
      color: INK,
    });
    this.page.drawText(caption, {
      x: MARGIN, y: this.y - 12, size: 9, font: this.regular, color: GREY,
    });
    this.y -= 18;
  }

  /** Starts a new page unless `height` points still fit, so a block stays on one page. */
  keepTogether(height: number): void {
    this.ensureRoom(height);
  }

  space(points: number): void {
    this.y -= points;
  }

  async save(): Promise<Uint8Array> {
    return this.doc.save();
  }

  private ensureRoom(height: number): void {
    if (this.y - height < MARGIN) this.newPage();
  }

  private newPage(): void {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }
}

/**
 * Breaks text into lines no wider than `width`, at spaces; keeps explicit line
 * breaks. Each word is measured once (measuring runs the font's layout, which
 * is slow), and widths are summed, which ignores kerning across a space.
 */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const space = font.widthOfTextAtSize(' ', size);
  const lines: string[] = [];
  for (const block of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of block.split(/\s+/).filter((w) => w !== '')) {
      const wordWidth = font.widthOfTextAtSize(word, size);
      if (line !== '' && lineWidth + space + wordWidth > width) {
        lines.push(line);
        line = word;
        lineWidth = wordWidth;
      } else {
        line = line === '' ? word : `${line} ${word}`;
        lineWidth += (line === word ? 0 : space) + wordWidth;
      }
    }
    lines.push(line);
  }
  return lines;
}
