import type { JSX } from 'preact';

// Labelled form controls that show their own error inline, tied to the
// control by aria-describedby so a screen reader reads it with the field.

interface FieldBase {
  name: string;
  label: string;
  /** The error sentence, once the field was left or the form submitted. */
  error?: string | undefined;
  testId: string;
  onBlur?: () => void;
}

function errorProps(name: string, error: string | undefined) {
  return {
    id: `field-${name}`,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': error ? `field-${name}-error` : undefined,
  };
}

function FieldError({ name, error }: { name: string; error: string | undefined }) {
  return error ? (
    <p class="field-error" id={`field-${name}-error`}>
      {error}
    </p>
  ) : null;
}

interface TextFieldProps extends FieldBase {
  value: string;
  onInput(value: string): void;
  type?: 'text' | 'email' | 'tel';
  autoComplete?: string;
  multiline?: boolean;
  /** A hard stop far above the rule's limit: the rule, not the browser, tells the visitor. */
  maxLength?: number;
}

export function TextField(props: TextFieldProps) {
  const { name, label, error, testId, value, onInput, onBlur } = props;
  const common = {
    ...errorProps(name, error),
    name,
    value,
    required: true,
    maxLength: props.maxLength,
    'data-testid': testId,
    onBlur,
    onInput: (event: JSX.TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => onInput(event.currentTarget.value),
  };
  return (
    <div class="field">
      <label for={`field-${name}`}>{label}</label>
      {props.multiline ? (
        <textarea rows={4} {...common} />
      ) : (
        <input type={props.type ?? 'text'} autoComplete={props.autoComplete} {...common} />
      )}
      <FieldError name={name} error={error} />
    </div>
  );
}

interface SelectFieldProps extends FieldBase {
  value: string;
  placeholder: string;
  options: { value: string; label: string }[];
  onChange(value: string): void;
}

export function SelectField({
  name,
  label,
  error,
  testId,
  value,
  placeholder,
  options,
  onChange,
  onBlur,
}: SelectFieldProps) {
  return (
    <div class="field">
      <label for={`field-${name}`}>{label}</label>
      <select
        {...errorProps(name, error)}
        name={name}
        required
        data-testid={testId}
        onBlur={onBlur}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        <option value="" selected={value === ''} disabled>
          {placeholder}
        </option>
        {options.map((option) => (
          <option key={option.value} value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError name={name} error={error} />
    </div>
  );
}

interface CheckboxFieldProps extends FieldBase {
  checked: boolean;
  onChange(checked: boolean): void;
}

export function CheckboxField({ name, label, error, testId, checked, onChange }: CheckboxFieldProps) {
  return (
    <div class="field field-checkbox">
      <input
        {...errorProps(name, error)}
        type="checkbox"
        name={name}
        required
        checked={checked}
        data-testid={testId}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={`field-${name}`}>{label}</label>
      <FieldError name={name} error={error} />
    </div>
  );
}
