import { useDomains } from "../use-domains.js";

/** A select of the book's domains, "全部领域" first (value ""): keeps a view's answers or precedents to one domain. */
export function DomainPicker(props: {
  value: string;
  onChange: (domain: string) => void;
  /** What the picker does, for screen readers ("只在这个领域里找"). */
  label: string;
  disabled?: boolean;
}) {
  const domains = useDomains();
  return (
    <label class="domain-picker">
      <span class="visually-hidden">{props.label}</span>
      <select
        value={props.value}
        disabled={props.disabled}
        onChange={(event) => props.onChange((event.target as HTMLSelectElement).value)}
      >
        <option value="">全部领域</option>
        {domains.map((item) => (
          <option key={item.domainNo} value={item.domain}>
            {item.domain}
          </option>
        ))}
      </select>
    </label>
  );
}
