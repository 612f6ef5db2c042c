// The category tree for the console's pickers, flattened in tree order (children indented under their parent).
import { useQuery } from 'urql';
import { HqCategoryTreeDocument, type HqCategoryTreeQuery } from '../../generated/graphql';

export type CategoryNode = HqCategoryTreeQuery['categoryTree'][number];

export function useCategoryTree(): { tree: CategoryNode[]; flat: { id: string; label: string }[]; reload: () => void } {
  const [{ data }, reload] = useQuery({ query: HqCategoryTreeDocument, requestPolicy: 'cache-and-network' });
  const tree = data?.categoryTree ?? [];
  const flat = tree.flatMap((c) => [
    { id: c.id, label: c.name },
    ...c.children.map((k) => ({ id: k.id, label: `　${c.name} / ${k.name}` })),
  ]);
  return { tree, flat, reload: () => reload({ requestPolicy: 'network-only' }) };
}
