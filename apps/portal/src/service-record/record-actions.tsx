import { ConfirmButton } from '@sme/ui';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { mutationFailure } from './mutation-failure';
import { ServiceRecordDialog, type ServiceRecordValues } from './service-record-dialog';
import { DeleteServiceRecordMutation } from './service-record.queries';

type Row = ServiceRecordValues & {
  id: string;
  accreditation: { id: string };
  evidence?: { fileName: string } | null;
};

export function EditRecordButton({ record, year, onSaved }: { record: Row; year: number; onSaved: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size="small"
        type="link"
        onClick={() => setOpen(true)}
        aria-label={`${t('serviceRecord.list.edit')} ${record.title}`}
      >
        {t('serviceRecord.list.edit')}
      </Button>
      <ServiceRecordDialog
        open={open}
        accreditationId={record.accreditation.id}
        year={year}
        record={record}
        onClose={() => setOpen(false)}
        onSaved={() => {
          setOpen(false);
          onSaved();
        }}
        onEvidence={onSaved}
      />
    </>
  );
}

/** Deletes a record after saying what is lost (it leaves the year's report). */
export function DeleteRecordButton({ record, year, onDeleted }: { record: Row; year: number; onDeleted: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [, remove] = useMutation(DeleteServiceRecordMutation);
  return (
    <ConfirmButton
      size="small"
      type="link"
      danger
      aria-label={`${t('serviceRecord.list.delete')} ${record.title}`}
      confirm={{
        title: t('serviceRecord.list.deleteConfirm', { name: record.title }),
        description: t('serviceRecord.list.deleteDescription', { year }),
        danger: true,
        okText: t('serviceRecord.list.delete'),
        onOk: async () => {
          const failure = mutationFailure(
            await remove({ input: { serviceRecordId: record.id } }),
            'deleteServiceRecord',
          );
          if (failure) {
            void message.error(failure);
            return;
          }
          void message.success(t('serviceRecord.list.deleted'));
          onDeleted();
        },
      }}
    >
      {t('serviceRecord.list.delete')}
    </ConfirmButton>
  );
}
