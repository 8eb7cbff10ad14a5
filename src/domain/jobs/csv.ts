/**
 * RFC 4180 CSV as spreadsheets and the provincial platform export it: a UTF-8 byte-order
 * mark, CRLF or LF line ends, quoted fields with commas, doubled quotes and line breaks
 * inside. Each record keeps the line it starts on, so a refusal can name it.
 */
export interface CsvRecord {
  /** 1-based line of the file where the record starts (the header is line 1). */
  line: number;
  cells: string[];
  /** Set when the record cannot be read (a quote never closed). */
  problem?: string;
}

export function parseCsv(text: string): CsvRecord[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let startLine = 1;
  let quoted = false;
  let touched = false;

  const endRecord = () => {
    cells.push(cell);
    // A line with nothing on it is not a record.
    if (touched || cells.length > 1 || cell !== '') records.push({ line: startLine, cells });
    cells = [];
    cell = '';
    touched = false;
  };

  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (ch === '\n' || (ch === '\r' && source[i + 1] !== '\n')) line += 1;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      touched = true;
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
      touched = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      startLine = line;
    } else cell += ch;
  }
  if (quoted) {
    cells.push(cell);
    records.push({ line: startLine, cells, problem: '引号未闭合，这一行到文件末尾都无法读取' });
  } else if (touched || cell !== '' || cells.length > 0) endRecord();
  return records;
}
