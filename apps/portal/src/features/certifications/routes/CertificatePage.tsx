import { useMutation, useQuery } from '@apollo/client/react';
import { Ban, Download, Printer, ShieldCheck } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '@/gql';
import { errorMessage } from '@/shared/apollo';
import { QueryError } from '@/shared/QueryError';
import { ShareAchievement } from '@/shared/sharing/ShareAchievement';
import { isAdmin, useViewer } from '@/shared/viewer';
import { Alert, BackLink, Button, Card, Loading, TextAreaField } from '@/ui';
import styles from './CertificatePage.module.css';

const CertificateQuery = graphql(`
  query Certificate($id: ID!) {
    certificationAward(id: $id) {
      id
      status
      issuedAt
      expiresAt
      revokedReason
      credentialUrl
      certification {
        id
        name
        description
      }
      user {
        id
        displayName
      }
    }
    organization {
      id
      name
    }
  }
`);

const RevokeCertificationMutation = graphql(`
  mutation RevokeCertification($awardId: ID!, $reason: String!) {
    revokeCertification(awardId: $awardId, reason: $reason) {
      id
      status
      revokedAt
      revokedReason
    }
  }
`);

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });

/** A printable certificate: the organisation, the person, the certification, the dates and the verification link. */
export function CertificatePage() {
  const { awardId = '' } = useParams();
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(CertificateQuery, { variables: { id: awardId } });
  if (loading && !data) return <Loading label="Loading the certificate…" />;
  if (error && !data) {
    return (
      <QueryError
        error={error}
        onRetry={() => void refetch()}
        notFound={{ title: 'Certificate not found', backTo: '/certifications', backLabel: 'Certifications' }}
      />
    );
  }
  const award = data?.certificationAward;
  if (!award || !data) return null;
  const verifyUrl = `${window.location.origin}/verify/${award.id}`;

  return (
    <>
      <div className={styles.toolbar}>
        <BackLink to="/certifications">Certifications</BackLink>
        <div className={styles.actions}>
          <Link to={`/verify/${award.id}`} className={styles.link}>
            <ShieldCheck size={16} aria-hidden="true" /> Verifiable credential
          </Link>
          {award.status !== 'REVOKED' && (
            <>
              <a href={`/credentials/${award.id}?download`} download className={styles.link}>
                <Download size={16} aria-hidden="true" /> Download for your wallet
              </a>
              <ShareAchievement
                credentialId={award.id}
                credentialUrl={award.credentialUrl}
                name={award.certification.name}
                organizationName={data.organization.name}
                issuedAt={award.issuedAt}
                expiresAt={award.expiresAt}
              />
            </>
          )}
          <Button icon={<Printer size={18} />} onClick={() => window.print()}>
            Print
          </Button>
        </div>
      </div>
      {award.status === 'REVOKED' && <Alert>This certification was revoked{award.revokedReason ? `: ${award.revokedReason}` : '.'}</Alert>}
      <article className={styles.certificate} aria-label="Certificate">
        <div className={styles.border}>
          <p className={styles.org}>{data.organization.name}</p>
          <p className={styles.presents}>certifies that</p>
          <h1 className={styles.person}>{award.user.displayName}</h1>
          <p className={styles.presents}>is a</p>
          <h2 className={styles.certification}>{award.certification.name}</h2>
          <p className={styles.description}>{award.certification.description}</p>
          <div className={styles.dates}>
            <div>
              <span>Issued</span>
              <strong>{dateFormat.format(new Date(award.issuedAt))}</strong>
            </div>
            <div>
              <span>Valid until</span>
              <strong>{award.expiresAt ? dateFormat.format(new Date(award.expiresAt)) : 'No expiry'}</strong>
            </div>
          </div>
          <p className={styles.verify}>
            Verify this certificate at <span className={styles.url}>{verifyUrl}</span>
          </p>
        </div>
      </article>
      {isAdmin(viewer.data?.me.role) && award.status !== 'REVOKED' && <RevokePanel awardId={award.id} />}
    </>
  );
}

function RevokePanel({ awardId }: { awardId: string }) {
  const [reason, setReason] = useState('');
  const [revoke, { loading, error }] = useMutation(RevokeCertificationMutation);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void revoke({ variables: { awardId, reason } }).catch(() => null);
  };
  return (
    <Card className={styles.revoke}>
      <h3>Revoke this certification</h3>
      <p className={styles.note}>The award stays in the person’s history, marked revoked; its credential stops verifying.</p>
      <form onSubmit={submit} noValidate>
        {error && <Alert>{errorMessage(error)}</Alert>}
        <TextAreaField label="Reason" rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />
        <Button type="submit" variant="danger" icon={<Ban size={16} />} busy={loading} disabled={!reason.trim()}>
          Revoke
        </Button>
      </form>
    </Card>
  );
}
