import { HttpEventType, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { RequestFile } from '@jixiao/contracts';
import { errorInterceptor } from '@jixiao/web-data-access';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { EvidenceUploadComponent } from './evidence-upload.component';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const URL = '/api/evaluations/e-1/requests/i-1/answer/files';

function stored(name: string): RequestFile {
  return {
    id: name,
    name,
    mediaType: 'application/pdf',
    size: 10,
    sha256: '0'.repeat(64),
    uploadedAt: '2025-07-01T00:00:00.000Z',
    uploadedByName: '古丽',
  };
}

describe('EvidenceUploadComponent', () => {
  let fixture: ComponentFixture<EvidenceUploadComponent>;
  let http: HttpTestingController;
  let uploaded: RequestFile[];

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideNzI18n(zh_CN),
        provideNzIconsTesting(),
        provideHttpClient(withInterceptors([errorInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(EvidenceUploadComponent);
    fixture.componentRef.setInput('evaluationId', 'e-1');
    fixture.componentRef.setInput('itemId', 'i-1');
    uploaded = [];
    fixture.componentInstance.uploaded.subscribe((file) => uploaded.push(file));
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const element = () => fixture.nativeElement as HTMLElement;
  const bars = () => [...element().querySelectorAll('[data-testid="upload-progress"]')];

  /** Chooses several files at once in the picker (jsdom has no DataTransfer for a real drop). */
  function drop(...names: string[]): void {
    const input = element().querySelector('[data-testid="evidence-input"]') as HTMLInputElement;
    const files = names.map((name) => new File(['%PDF-1.4'], name, { type: 'application/pdf' }));
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    input.dispatchEvent(new Event('change'));
  }

  it('uploads each chosen file on its own request and shows each one’s progress', async () => {
    drop('批复.pdf', '明细.pdf');
    await fixture.whenStable();
    const requests = http.match(URL);
    expect(requests).toHaveLength(2);
    expect(requests.map((request) => (request.request.body as FormData).get('file'))).toHaveLength(2);
    expect(bars()).toHaveLength(2);

    requests[0].event({ type: HttpEventType.UploadProgress, loaded: 40, total: 100 });
    requests[1].event({ type: HttpEventType.UploadProgress, loaded: 75, total: 100 });
    await fixture.whenStable();
    expect(bars().map((bar) => bar.textContent?.trim())).toEqual(['40%', '75%']);

    requests[0].flush(stored('批复.pdf'));
    await fixture.whenStable();
    expect(uploaded.map((file) => file.name)).toEqual(['批复.pdf']);
    requests[1].flush(stored('明细.pdf'));
    await fixture.whenStable();
    expect(uploaded).toHaveLength(2);
  });

  it('shows a refused file’s reason in its own row and keeps the others going', async () => {
    drop('病毒.pdf', '报表.pdf');
    await fixture.whenStable();
    const [refused, accepted] = http.match(URL);
    refused.flush(
      { statusCode: 415, code: 'FILE_TYPE_NOT_ALLOWED', message: '不接受此类型的文件', requestId: 'r' },
      { status: 415, statusText: 'Unsupported Media Type' },
    );
    await settle();
    await fixture.whenStable();
    const error = element().querySelector('[data-testid="upload-error"]');
    expect(error?.textContent).toContain('病毒.pdf');
    expect(bars()).toHaveLength(1);
    accepted.flush(stored('报表.pdf'));
    await fixture.whenStable();
    expect(uploaded.map((file) => file.name)).toEqual(['报表.pdf']);
  });
});
