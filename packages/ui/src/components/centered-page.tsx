import { Card, Flex, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { LanguageSwitch } from './language-switch';

/** A card in the middle of the screen, for sign-in and similar pages outside the shell. */
export function CenteredPage({ title, subtitle, children }: { title: string; subtitle?: string; children: ReactNode }) {
  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16, background: '#f0f2f5' }}>
      <Card style={{ width: '100%', maxWidth: 400 }} extra={<LanguageSwitch />}>
        <main>
          {/* the page's one h1 (sign-in, registration), at the size the card fits */}
          <Typography.Title level={1} style={{ marginTop: 0, fontSize: 24 }}>
            {title}
          </Typography.Title>
          {subtitle ? <Typography.Paragraph type="secondary">{subtitle}</Typography.Paragraph> : null}
          {children}
        </main>
      </Card>
    </Flex>
  );
}

export function LoadingScreen({ label }: { label: string }) {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }} role="status" aria-label={label}>
      <Spin size="large" />
    </Flex>
  );
}
