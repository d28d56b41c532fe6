import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client';
import { shouldRetry } from './query-client';

describe('shouldRetry', () => {
  it('never retries a client error', () => {
    expect(shouldRetry(0, new ApiError('TASK_NOT_FOUND', '未找到该任务', 404))).toBe(false);
  });

  it('retries network and server errors twice', () => {
    const error = new ApiError('NETWORK_ERROR', '无法连接服务器', 0);
    expect(shouldRetry(0, error)).toBe(true);
    expect(shouldRetry(1, error)).toBe(true);
    expect(shouldRetry(2, error)).toBe(false);
  });
});
