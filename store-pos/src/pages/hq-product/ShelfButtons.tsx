// 全部上架 / 全部下架 for the place chosen (a store or a store group): the store and group panels share them.
import { hq } from '../../hq-strings';

export function ShelfButtons({ onShelf }: { onShelf: (on: boolean) => void }) {
  return (
    <>
      <button type="button" className="btn" onClick={() => onShelf(true)}>
        {hq.catalog.putOn}
      </button>
      <button type="button" className="btn btn-danger" onClick={() => onShelf(false)}>
        {hq.catalog.takeOff}
      </button>
    </>
  );
}
