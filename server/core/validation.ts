import type { ZodError, ZodIssue } from 'zod';
import type { FieldErrors } from './errors';

function messageFor(issue: ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined' ? '此项必填' : '类型不正确';
    case 'unrecognized_keys':
      return `不支持的字段：${issue.keys.join('、')}`;
    case 'too_small':
      return issue.type === 'string' ? '内容太短或为空' : '数值或数量太小';
    case 'too_big':
      return issue.type === 'string' ? '内容太长' : '数值或数量太大';
    case 'invalid_enum_value':
    case 'invalid_literal':
      return '不在可选范围内';
    case 'invalid_string':
      return '格式不正确';
    default:
      return issue.message && /[\u4e00-\u9fa5]/.test(issue.message) ? issue.message : '内容不正确';
  }
}

/** Zod issues as Chinese messages keyed by field path ('' for the object itself). */
export function fieldErrorsFrom(error: ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k].join('.')) : [issue.path.join('.') || '_'];
    for (const key of keys) if (!(key in fields)) fields[key] = messageFor(issue);
  }
  return fields;
}
