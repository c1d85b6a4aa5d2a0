import { DownOutlined, DownloadOutlined } from '@ant-design/icons';
import { downloadExport, EXPORT_FORMATS, type ExportFormat } from '@sme/client';
import { TaskProgress, useLongTask } from '@sme/ui';
import { App, Button, Dropdown, Flex } from 'antd';
import { useTranslation } from 'react-i18next';

export type ExportMenuProps = {
  /** The export list's name (GET /api/exports/<list>.xlsx|.csv). */
  list: string;
  params: Record<string, string | number | null | undefined>;
  /** Names what is exported, for the button's accessible name. */
  subject: string;
  testId?: string;
};

/** Excel or CSV of one statistics table, with the same progress indicator as the lists' export. */
export function ExportMenu({ list, params, subject, testId }: ExportMenuProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const task = useLongTask();

  const run = async (format: ExportFormat) => {
    try {
      await task.run((report) => downloadExport(list, format, params, { report, language: i18n.language }));
      void message.success(t('ui.list.exported'));
    } catch (error) {
      void message.error(
        t('ui.list.exportFailed', { message: error instanceof Error ? error.message : String(error) }),
      );
    }
  };

  return (
    <Flex align="center" gap={8}>
      <TaskProgress running={task.running} percent={task.percent} label={t('ui.list.exporting')} />
      <Dropdown
        disabled={task.running}
        trigger={['click']}
        menu={{
          items: EXPORT_FORMATS.map((format) => ({
            key: format,
            label: (
              <span data-testid={testId ? `${testId}-${format}` : undefined}>{t(`ui.list.exportAs.${format}`)}</span>
            ),
          })),
          onClick: ({ key }) => void run(key as ExportFormat),
        }}
      >
        <Button
          size="small"
          icon={<DownloadOutlined />}
          loading={task.running}
          aria-label={t('statistics.exportOne', { subject })}
          data-testid={testId}
        >
          {t('ui.list.export')} <DownOutlined />
        </Button>
      </Dropdown>
    </Flex>
  );
}
