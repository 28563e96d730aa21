import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { ApiError, NETWORK_ERROR, toApiError } from './api-error';

describe('toApiError', () => {
  it('keeps code, message, request id and field details of an ErrorResponse', () => {
    const error = toApiError(
      new HttpErrorResponse({
        status: 400,
        error: {
          statusCode: 400,
          code: 'VALIDATION_FAILED',
          message: '提交的数据不符合要求',
          requestId: 'req-9',
          details: [{ field: 'email', code: 'isEmail', message: '邮箱格式不正确' }],
        },
      }),
      'zh-CN',
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toBe('提交的数据不符合要求');
    expect(error.requestId).toBe('req-9');
    expect(error.fieldMessage('email')).toBe('邮箱格式不正确');
    expect(error.fieldMessage('password')).toBeNull();
  });

  it('falls back to a localised message by status when the body is not an ErrorResponse', () => {
    const error = toApiError(
      new HttpErrorResponse({
        status: 409,
        error: 'conflict',
        headers: new HttpHeaders({ 'x-request-id': 'r1' }),
      }),
      'en-US',
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('The record was changed by someone else');
    expect(error.requestId).toBe('r1');
  });

  it('reports network failures', () => {
    const error = toApiError(new HttpErrorResponse({ status: 0 }), 'zh-CN');
    expect(error.code).toBe(NETWORK_ERROR);
    expect(error.message).toContain('无法连接服务器');
  });
});
