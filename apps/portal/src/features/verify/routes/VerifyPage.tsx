import { useQuery } from '@apollo/client/react';
import { CheckCircle2, Download, FileJson, KeyRound, ListChecks, XCircle } from 'lucide-react';
import { Link, useParams } from 'react-router';
import { graphql } from '@/gql';
import { QueryError } from '@/shared/QueryError';
import { Loading } from '@/ui';
import styles from './VerifyPage.module.css';

const VerifyCredentialQuery = graphql(`
  query VerifyCredential($id: ID!) {
    verifyCredential(id: $id) {
      valid
      problem
      recipientName
      achievementName
      achievementType
      issuerName
      issuerDid
      issuerUrl
      statusListUrl
      issuedAt
      expiresAt
      credentialUrl
    }
  }
`);

const PROBLEMS: Record<string, { title: string; body: string }> = {
  UNKNOWN: { title: 'Unknown credential', body: 'No credential has this id. Check the link you were given.' },
  REVOKED: { title: 'Revoked', body: 'The issuer has revoked this credential: it no longer certifies anything.' },
  EXPIRED: { title: 'Expired', body: 'This credential was genuine but is past its validity date.' },
  BAD_SIGNATURE: { title: 'Not genuine', body: 'The credential does not match its issuer’s signature: it has been altered.' },
};

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });

/** Public: anyone with a shared link checks a badge or certification, signed in or not. */
export function VerifyPage() {
  const { credentialId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(VerifyCredentialQuery, {
    variables: { id: credentialId },
    fetchPolicy: 'network-only',
  });
  const result = data?.verifyCredential;
  const problem = result?.problem ? PROBLEMS[result.problem] : null;

  return (
    <div className={styles.page}>
      <header className={styles.brand}>
        <img src="/favicon.svg" alt="" width={32} height={32} />
        Laurels credential check
      </header>
      <main className={styles.main}>
        {loading && !data ? (
          <Loading label="Checking the credential…" />
        ) : error && !data ? (
          <QueryError error={error} onRetry={() => void refetch()} title="The check could not be run" />
        ) : result ? (
          <section className={[styles.card, result.valid ? styles.valid : styles.invalid].join(' ')} aria-live="polite">
            <div className={styles.verdict}>
              {result.valid ? <CheckCircle2 size={56} aria-hidden="true" /> : <XCircle size={56} aria-hidden="true" />}
              <div>
                <h1>{result.valid ? 'Valid' : problem?.title}</h1>
                <p>{result.valid ? 'Signed by its issuer, unaltered, not revoked and in date.' : problem?.body}</p>
              </div>
            </div>
            {result.achievementName && (
              <dl className={styles.facts}>
                <div>
                  <dt>{result.achievementType === 'Certification' ? 'Certification' : 'Badge'}</dt>
                  <dd>{result.achievementName}</dd>
                </div>
                <div>
                  <dt>Awarded to</dt>
                  <dd>{result.recipientName}</dd>
                </div>
                <div>
                  <dt>Issued by</dt>
                  <dd>{result.issuerUrl ? <a href={result.issuerUrl}>{result.issuerName}</a> : result.issuerName}</dd>
                </div>
                {result.issuedAt && (
                  <div>
                    <dt>Issued on</dt>
                    <dd>{dateFormat.format(new Date(result.issuedAt))}</dd>
                  </div>
                )}
                {result.expiresAt && (
                  <div>
                    <dt>Valid until</dt>
                    <dd>{dateFormat.format(new Date(result.expiresAt))}</dd>
                  </div>
                )}
                {result.issuerDid && (
                  <div className={styles.wide}>
                    <dt>Issuer’s DID</dt>
                    <dd className={styles.did}>{result.issuerDid}</dd>
                  </div>
                )}
                {result.statusListUrl && (
                  <div className={styles.wide}>
                    <dt>Revocation</dt>
                    <dd>
                      {result.problem === 'REVOKED' ? 'Revoked by the issuer' : 'Not revoked'}, as the issuer’s public status list says.{' '}
                      <a href={result.statusListUrl} className={styles.inline}>
                        <ListChecks size={14} aria-hidden="true" /> Status list
                      </a>
                    </dd>
                  </div>
                )}
              </dl>
            )}
            {result.credentialUrl && (
              <p className={styles.links}>
                <a href={`/credentials/${credentialId}?download`} download>
                  <Download size={16} aria-hidden="true" /> Download for your wallet
                </a>
                <a href={`/credentials/${credentialId}?format=json`}>
                  <FileJson size={16} aria-hidden="true" /> Open Badges 3.0 credential (JSON)
                </a>
                <a href={`/credentials/${credentialId}?format=jwt`}>
                  <KeyRound size={16} aria-hidden="true" /> Signed form (VC-JWT)
                </a>
              </p>
            )}
          </section>
        ) : null}
        <p className={styles.about}>
          Credentials issued through Laurels are Open Badges 3.0 verifiable credentials, signed with the issuing organisation’s key (a Data
          Integrity proof and a VC-JWT): any wallet or verifier, such as Learner Credential Wallet, checks them too.{' '}
          <Link to="/">Laurels home</Link>
        </p>
      </main>
    </div>
  );
}
