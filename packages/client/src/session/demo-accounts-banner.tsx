import { DemoBanner } from '@sme/ui';
import { useQuery } from 'urql';
import { graphql } from '../graphql';

const DemoAccountsActiveQuery = graphql(`
  query DemoAccountsActive {
    demoAccountsActive
  }
`);

/** Shows the demo banner while the server reports accounts with the published password. */
export function DemoAccountsBanner() {
  const [{ data }] = useQuery({ query: DemoAccountsActiveQuery });
  return <DemoBanner active={data?.demoAccountsActive === true} />;
}
