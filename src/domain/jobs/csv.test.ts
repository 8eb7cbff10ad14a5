import { parseCsv } from './csv';

describe('reading a CSV file', () => {
  it('reads plain lines with their line numbers', () => {
    expect(parseCsv('a,b\n1,2\n3,4')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4'] },
    ]);
  });

  it('drops a byte-order mark and reads CRLF line ends', () => {
    expect(parseCsv('\ufeffa,b\r\n1,2\r\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quotes, and counts lines past them', () => {
    expect(parseCsv('a,b\n"伊通镇, 长青小区","说""日结""\n第二行"\nx,y')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['伊通镇, 长青小区', '说"日结"\n第二行'] },
      { line: 4, cells: ['x', 'y'] },
    ]);
  });

  it('skips empty lines but keeps empty cells', () => {
    expect(parseCsv('a,b\n\n,\n1,\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 3, cells: ['', ''] },
      { line: 4, cells: ['1', ''] },
    ]);
  });

  it('says so when a quote is never closed', () => {
    const records = parseCsv('a,b\n"open,1\n2,3');
    expect(records[1]).toMatchObject({ line: 2, problem: '引号未闭合，这一行到文件末尾都无法读取' });
  });
});
