import type { NoticeResponse, SessionUser } from '@bizenv/shared';
import { describe, expect, it } from 'vitest';
import { addresseeDepartmentId, canInstruct, noticeActions } from './notice-permissions';

const user = (
  role: SessionUser['role'],
  departmentId: number | null = null,
  jurisdictionCode = '610329',
): SessionUser => ({
  id: 1,
  username: 'u',
  displayName: 'U',
  role,
  jurisdictionCode,
  departmentId,
  mustChangePassword: false,
});

const notice = (status: NoticeResponse['status']): NoticeResponse => ({
  id: 1,
  jurisdictionCode: '610329',
  department: { id: 7, name: '县发改局', kind: 'government' },
  task: null,
  problemId: null,
  reason: '任务逾期',
  level: 'supervision',
  responseDue: '2026-05-10',
  status,
  origin: 'manual',
  response: null,
  answeredByUserId: null,
  answeredAt: null,
  issuedByUserId: null,
  issuedAt: null,
  closedByUserId: null,
  closedAt: null,
  createdAt: '2026-05-01T00:00:00Z',
  version: 1,
});

describe('noticeActions', () => {
  it('lets the office edit or discard a draft and close an answered notice', () => {
    expect(noticeActions(user('office'), notice('draft'))).toEqual(['discard', 'edit']);
    expect(noticeActions(user('office'), notice('issued'))).toEqual([]);
    expect(noticeActions(user('office'), notice('answered'))).toEqual(['close']);
  });

  it('lets only the addressed department answer, and only while issued', () => {
    expect(noticeActions(user('department', 7), notice('issued'))).toEqual(['answer']);
    expect(noticeActions(user('department', 8), notice('issued'))).toEqual([]);
    expect(noticeActions(user('department', 7), notice('answered'))).toEqual([]);
  });

  it('gives nothing to readers or to another jurisdiction', () => {
    expect(noticeActions(user('leader'), notice('draft'))).toEqual([]);
    expect(noticeActions(user('office', null, '610300'), notice('draft'))).toEqual([]);
    expect(noticeActions(undefined, notice('draft'))).toEqual([]);
  });

  it('lets leaders of the jurisdiction instruct on issued notices, and the addressee acknowledge', () => {
    expect(canInstruct(user('leader'), notice('issued'))).toBe(true);
    expect(canInstruct(user('leader'), notice('closed'))).toBe(true);
    expect(canInstruct(user('leader'), notice('draft'))).toBe(false);
    expect(canInstruct(user('leader', null, '610300'), notice('issued'))).toBe(false);
    expect(canInstruct(user('office'), notice('issued'))).toBe(false);
    expect(addresseeDepartmentId(user('department', 7), notice('issued'))).toBe(7);
    expect(addresseeDepartmentId(user('department', 8), notice('issued'))).toBeNull();
    expect(addresseeDepartmentId(user('leader'), notice('issued'))).toBeNull();
  });
});
