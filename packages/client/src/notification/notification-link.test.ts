import { describe, expect, it } from 'vitest';
import { notificationTarget } from './notification-link';

describe('notificationTarget', () => {
  it('stays in the app for its own links and loads the other app for the rest', () => {
    expect(notificationTarget('/admin/revocations', '/admin')).toEqual({ inApp: '/revocations' });
    expect(notificationTarget('/admin', '/admin')).toEqual({ inApp: '/' });
    expect(notificationTarget('/spot-checks/abc', '/admin')).toEqual({ page: '/spot-checks/abc' });
    expect(notificationTarget('/spot-checks/abc', '')).toEqual({ inApp: '/spot-checks/abc' });
    expect(notificationTarget('/admin/spot-checks', '')).toEqual({ page: '/admin/spot-checks' });
    expect(notificationTarget('/administration', '')).toEqual({ inApp: '/administration' });
  });
});
