export default function BlankPage() {
  return <p>A blank page: no component of ours, no client code.</p>;
}
